import type { Anatomy } from '../../src/index.js';

/** One component's parts, read from its anatomy: the selectors and `classNames` keys. */
export function PartTable({ anatomy }: { anatomy: Anatomy<string, string> }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">part</th>
          <th scope="col">selector</th>
          <th scope="col">classNames key</th>
        </tr>
      </thead>
      <tbody>
        {anatomy.parts.map((part) => (
          <tr key={part}>
            <td>{part}</td>
            <td>
              <code>{`[data-scope="${anatomy.scope}"][data-part="${part}"]`}</code>
            </td>
            <td>
              <code>{`classNames={{ '${part}': '…' }}`}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
