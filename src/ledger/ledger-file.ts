// Reading and writing content/event-ledger.json. The build rewrites it only when its bytes change, so an
// up-to-date checkout is never touched (and a watching dev server is not woken by its own write), and it writes
// a whole new file and renames it over the old one, so a stopped build cannot leave half a ledger.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { emptyLedger, parseLedger, serializeLedger, type Ledger } from './ledger.js';

export const LEDGER_FILE = 'event-ledger.json';

/** The file's text and what it parsed to, kept by a long-lived process so an unchanged ledger is not parsed again. */
export interface LedgerFileMemory {
  text?: string;
  ledger?: Ledger;
}

/** The ledger in `file`, or undefined when there is no such file. */
export async function readLedgerFile(file: string, memory?: LedgerFileMemory): Promise<Ledger | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (memory?.ledger && memory.text === text) return memory.ledger;
  const ledger = text.trim() ? parseLedger(text, file) : emptyLedger();
  if (memory) Object.assign(memory, { text, ledger });
  return ledger;
}

/**
 * Writes the ledger when its bytes differ from the file's; true when it wrote. With a memory, the text written is
 * parsed for it now, so the next build reads the file it finds unchanged without parsing it again.
 */
export async function writeLedgerFile(file: string, ledger: Ledger, memory?: LedgerFileMemory): Promise<boolean> {
  const text = serializeLedger(ledger);
  const current = await readFile(file, 'utf8').catch(() => undefined);
  if (memory && memory.text !== text) Object.assign(memory, { text, ledger: parseLedger(text, file) });
  if (current === text) return false;
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
  return true;
}
