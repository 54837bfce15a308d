import tokensCss from '../../src/styles/tokens.css?raw';

interface Token {
  name: string;
  light: string;
  dark: string;
}

/** The declarations of the first rule whose selector starts with `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(selector);
  const body = start === -1 ? '' : css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return new Map(
    [...body.matchAll(/(--iu-[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => [
      name,
      value.trim(),
    ]),
  );
}

/**
 * The tokens as tokens.css declares them (shared, light and dark values), so this table can
 * never drift from the stylesheet. Tokens the header lists but no rule sets show as unset.
 */
function readTokens(css: string, names: readonly string[]): Token[] {
  const shared = declarations(css, ':where(:root, [data-iu-theme-scope]) {');
  const light = declarations(
    css,
    ':where(:root, [data-iu-theme-scope], [data-theme="light"], [data-theme="system"])',
  );
  const dark = declarations(css, ':where([data-theme="dark"])');
  return names.map((name) => {
    const value = shared.get(name) ?? light.get(name) ?? 'unset';
    return { name, light: value, dark: dark.get(name) ?? value };
  });
}

/** What each token is for, from the stylesheet's header: one `--iu-a, --iu-b: purpose` line. */
function purposes(css: string): Map<string, string> {
  const header = /\/\*([\s\S]*?)\*\//.exec(css)?.[1] ?? '';
  const map = new Map<string, string>();
  for (const [, names = '', purpose = ''] of header.matchAll(
    /^\s*\*\s*(--iu-[\w-]+(?:, --iu-[\w-]+)*): (.+)$/gm,
  )) {
    for (const name of names.split(', ')) map.set(name, purpose);
  }
  return map;
}

function Swatch({ value }: { value: string }) {
  const isColour = /^#|^rgb|^hsl/.test(value);
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem' }}>
      {isColour ? (
        <span
          aria-hidden="true"
          style={{
            inlineSize: '1rem',
            blockSize: '1rem',
            borderRadius: '0.2rem',
            border: '1px solid #8a939c',
            background: value,
          }}
        />
      ) : null}
      <code>{value}</code>
    </span>
  );
}

/** Every design token with its light and dark value and what it is for. */
export function TokenTable() {
  const purpose = purposes(tokensCss);
  const tokens = readTokens(tokensCss, [...purpose.keys()]);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
          <th scope="col">Used for</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
            </th>
            <td>
              <Swatch value={token.light} />
            </td>
            <td>
              <Swatch value={token.dark} />
            </td>
            <td>{purpose.get(token.name) ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
