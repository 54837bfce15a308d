/**
 * The API's own schema, read from the copy in test/fixtures, for tests that hold the library to
 * it: which members of each device type's `capabilities` are capabilities and which are facts,
 * a validator for payloads written from it, and random payloads that satisfy it.
 */
import fc from 'fast-check';
import { enodeApi20241001 } from '../fixtures/enode-api-2024-10-01.js';

/** The part of JSON Schema the excerpts use. */
interface Schema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
  readonly allOf?: readonly Schema[];
  readonly $ref?: string;
  readonly description?: string;
}

const spec = enodeApi20241001;
const named: Readonly<Record<string, Schema>> = { Capability: spec.Capability, ...spec.hvacRanges };

export type DeviceType = keyof typeof spec.capabilitiesByDeviceType;

export const deviceTypes = Object.keys(spec.capabilitiesByDeviceType) as DeviceType[];

function capabilitiesSchema(type: DeviceType): Schema {
  return spec.capabilitiesByDeviceType[type];
}

/** A schema with its `$ref` and `allOf` resolved into one. */
function resolved(schema: Schema): Schema {
  if (schema.$ref) {
    const target = named[schema.$ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`unknown $ref ${schema.$ref}`);
    return resolved(target);
  }
  if (schema.allOf) {
    return Object.assign({}, ...schema.allOf.map(resolved), { allOf: undefined }) as Schema;
  }
  return schema;
}

const isCapabilitySchema = (schema: Schema) =>
  schema.$ref === '#/components/schemas/Capability' ||
  (schema.allOf ?? []).some(isCapabilitySchema);

/** The members of a device type's `capabilities` that the schema makes Capability objects. */
export function specCapabilityNames(type: DeviceType): string[] {
  return Object.entries(capabilitiesSchema(type).properties ?? {})
    .filter(([, member]) => isCapabilitySchema(member))
    .map(([name]) => name);
}

/** The other members: facts about the device. */
export function specFactNames(type: DeviceType): string[] {
  return Object.entries(capabilitiesSchema(type).properties ?? {})
    .filter(([, member]) => !isCapabilitySchema(member))
    .map(([name]) => name);
}

/** Every fact name of every device type. */
export const allSpecFactNames: ReadonlySet<string> = new Set(deviceTypes.flatMap(specFactNames));

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
};

function validate(schema: Schema, value: unknown, path: string): string[] {
  const {
    type,
    properties,
    required,
    additionalProperties,
    items,
    enum: values,
  } = resolved(schema);
  const types = type === undefined ? [] : typeof type === 'string' ? [type] : type;
  const actual = typeOf(value);
  if (types.length > 0 && !types.includes(actual)) {
    return [`${path}: ${actual} is not ${types.join(' or ')}`];
  }
  if (values && !values.includes(value)) return [`${path}: ${String(value)} is not in the enum`];
  if (actual === 'array' && items) {
    return (value as unknown[]).flatMap((item, index) =>
      validate(items, item, `${path}[${index}]`),
    );
  }
  if (actual !== 'object' || !properties) return [];
  const fields = value as Record<string, unknown>;
  return [
    ...(required ?? [])
      .filter((key) => !Object.hasOwn(fields, key))
      .map((key) => `${path}.${key}: required`),
    ...Object.keys(fields).flatMap((key) => {
      const member = properties[key];
      if (member) return validate(member, fields[key], `${path}.${key}`);
      return additionalProperties === false ? [`${path}.${key}: not allowed`] : [];
    }),
  ];
}

/** Where a device type's `capabilities` object breaks its schema; empty when it conforms. */
export function schemaErrors(type: DeviceType, capabilities: unknown): string[] {
  return validate(capabilitiesSchema(type), capabilities, 'capabilities');
}

/** Any value the schema allows. */
function arbitrary(schema: Schema): fc.Arbitrary<unknown> {
  const { type, properties, items, enum: values } = resolved(schema);
  const types = type === undefined ? [] : typeof type === 'string' ? [type] : type;
  const options = types.map((kind): fc.Arbitrary<unknown> => {
    switch (kind) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'number':
        return fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 100 });
      case 'string':
        return values ? fc.constantFrom(...(values as string[])) : fc.uuid();
      case 'array':
        // Each item once: the parser reads a list of ids or modes as a set.
        return fc.uniqueArray(items ? arbitrary(items) : fc.constant(null), { maxLength: 5 });
      case 'object':
        return fc.record(
          Object.fromEntries(
            Object.entries(properties ?? {}).map(([key, member]) => [key, arbitrary(member)]),
          ),
        );
      default:
        throw new Error(`no arbitrary for type ${kind}`);
    }
  });
  if (options.length === 0) throw new Error('no type in schema');
  return options.length === 1 ? (options[0] as fc.Arbitrary<unknown>) : fc.oneof(...options);
}

/** Any `capabilities` object of the device type that its schema allows. */
export function capabilitiesArbitrary(type: DeviceType): fc.Arbitrary<Record<string, unknown>> {
  return arbitrary(capabilitiesSchema(type)) as fc.Arbitrary<Record<string, unknown>>;
}
