/**
 * The API's own text format. Its descriptions are Markdown written on one line, with HTML
 * `<br>` tags where the lines break ("proceed:<br><br>1. Open the **myAudi app**…<br>2. …").
 * Each `<br>`, in any of its spellings (`<br>`, `<br/>`, `<br />`, `<BR>`, `</br>`), becomes a
 * line break that Markdown keeps (two spaces, then a new line), so numbered and bulleted lines
 * become lists and two breaks a new paragraph, as a reader of the API's example expects. Any
 * other HTML is left for the Markdown reader, which keeps it as text.
 */
const lineBreakTag = /<\/?br(?:\s[^<>]*)?\/?>/gi;

export function apiTextToMarkdown(text: string): string {
  return text.replace(lineBreakTag, '  \n');
}
