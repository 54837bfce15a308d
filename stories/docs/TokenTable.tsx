import tokensCss from '../../src/styles/tokens.css?raw';

interface Token {
  name: string;
  light: string;
  dark: string;
}

/** The tokens as tokens.css declares them, so this table can never drift from the stylesheet. */
function readTokens(css: string): Token[] {
  const block = /:where\(:root, \[data-iu-theme-scope\]\) \{([^}]*)\}/.exec(css)?.[1] ?? '';
  return [...block.matchAll(/(--iu-[\w-]+):\s*([^;]+);/g)].map(([, name = '', value = '']) => {
    const pair = /^light-dark\((.+),\s*(.+)\)$/.exec(value.trim());
    return { name, light: pair?.[1] ?? value.trim(), dark: pair?.[2] ?? value.trim() };
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
  const tokens = readTokens(tokensCss);
  const purpose = purposes(tokensCss);
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
