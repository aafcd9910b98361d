// "| 08/2029 | Fighters storm the camp … |", "| 2030 | The force reaches its peak … |": a chronology set out as a
// table puts each entry's date alone in the row's first cell. There a month and year in digits, or a year alone, is
// the entry's date, not a document number or a count (round 15: a backgrounder's month and year rows gave nothing).

/** The text from `index` to `index + length` fills the first cell of a table row. */
export function fillsFirstCell(sentence: string, index: number, length: number): boolean {
  return /^\s*\|\s*$/.test(sentence.slice(0, index)) && /^\s*\|/.test(sentence.slice(index + length));
}
