// Loader hooks that treat the built package as a React Server Components bundler does: a
// module that begins with 'use client' is never run on the server; each of its exports
// becomes a client reference, a placeholder the server can render but not call.
import { readFile } from 'node:fs/promises';
import { init, parse } from 'es-module-lexer';

await init;

const dist = new URL('../../dist/', import.meta.url).href;
const directive = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

/** A module whose exports are client references, each named by the module and the export. */
function referenceModule(url, names) {
  const lines = [
    'const reference = (name) =>',
    '  Object.defineProperties(',
    '    () => {',
    `      throw new Error(\`\${name} of ${url} is a client reference: it runs on the client only\`);`,
    '    },',
    "    { $$typeof: { value: Symbol.for('react.client.reference') }, $$id: { value: name } },",
    '  );',
  ];
  for (const name of names) {
    const value = `reference(${JSON.stringify(name)})`;
    lines.push(
      name === 'default'
        ? `export default ${value};`
        : `const ${name}$ = ${value};\nexport { ${name}$ as ${name} };`,
    );
  }
  return lines.join('\n');
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith(dist) || !url.endsWith('.js')) return nextLoad(url, context);
  const source = await readFile(new URL(url), 'utf8');
  if (!directive.test(source)) return nextLoad(url, context);
  const [, exports] = parse(source);
  return {
    format: 'module',
    shortCircuit: true,
    source: referenceModule(
      url,
      exports.map((entry) => entry.n),
    ),
  };
}
