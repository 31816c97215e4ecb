/**
 * CSV as RFC 4180 and Excel write it: comma-separated; a field in double quotes may hold commas,
 * line breaks and doubled quotes (""); records end with CRLF, LF or CR. Pure, no dependencies.
 */

export type CsvProblem = "unterminated_quote" | "text_after_quote";

export type CsvParseResult =
  | { ok: true; records: string[][] }
  | { ok: false; problem: CsvProblem; /** 1-based record (spreadsheet row) where it happened. */ record: number };

const BOM = "\uFEFF";

/**
 * Splits `text` into records of fields. A leading byte-order mark is dropped; a final line break
 * does not start an empty record. A quote inside an unquoted field is kept as a character (as
 * Excel reads it); text after a closing quote, or a quote never closed, is an error.
 */
export function parseCsv(text: string): CsvParseResult {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const n = input.length;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let atFieldStart = true;
  let i = 0;

  while (i < n) {
    const ch = input[i]!;
    if (atFieldStart && ch === '"') {
      // A quoted field: up to the closing quote, "" standing for one quote.
      const startedIn = records.length + 1;
      i++;
      for (;;) {
        const quote = input.indexOf('"', i);
        if (quote === -1) return { ok: false, problem: "unterminated_quote", record: startedIn };
        field += input.slice(i, quote);
        i = quote + 1;
        if (input[i] !== '"') break;
        field += '"';
        i++;
      }
      atFieldStart = false;
      if (i < n && input[i] !== "," && input[i] !== "\r" && input[i] !== "\n") {
        return { ok: false, problem: "text_after_quote", record: records.length + 1 };
      }
    } else if (ch === ",") {
      record.push(field);
      field = "";
      atFieldStart = true;
      i++;
    } else if (ch === "\r" || ch === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      atFieldStart = true;
      i += ch === "\r" && input[i + 1] === "\n" ? 2 : 1;
    } else {
      let j = i;
      while (j < n && input[j] !== "," && input[j] !== "\r" && input[j] !== "\n") j++;
      field += input.slice(i, j);
      atFieldStart = false;
      i = j;
    }
  }
  // The last record, unless the text ended with a line break.
  if (record.length > 0 || !atFieldStart) {
    record.push(field);
    records.push(record);
  }
  return { ok: true, records };
}

/** Values a spreadsheet would run as a formula (CSV injection): =, +, -, @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

function quoteField(value: string, { neutralise }: { neutralise: boolean }): string {
  const text = neutralise && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes records as CSV with CRLF line ends. `bom` makes Excel read the file as UTF-8 (without it,
 * Chinese Excel assumes GBK); `neutralise` prefixes values that start like a formula with ' so a
 * spreadsheet shows them as text (for files that repeat what users typed).
 */
export function stringifyCsv(
  records: readonly (readonly string[])[],
  { bom = false, neutralise = false }: { bom?: boolean; neutralise?: boolean } = {},
): string {
  const body = records.map((record) => record.map((value) => quoteField(value, { neutralise })).join(",")).join("\r\n");
  return `${bom ? BOM : ""}${body}\r\n`;
}

/**
 * Text of an uploaded file: UTF-8 (with or without BOM), or GB18030 — what Chinese Excel writes
 * when a workbook is saved as plain "CSV". Null when it is neither (a binary file, say).
 */
export function decodeCsvBytes(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8.
  }
  try {
    const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    // Control characters other than tab and line breaks mean this was never text.
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}
