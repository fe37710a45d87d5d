// What every page does with its document: find an element, add a table cell (always as text, never as HTML), show a
// problem in words in the page's #problem element (hidden while there is none).

export const $ = (id) => document.getElementById(id);

export function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

export function problem(text) {
  $('problem').hidden = !text;
  $('problem').textContent = text ?? '';
}
