import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes, parseCsv, stringifyCsv } from "./csv";

const records = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`${result.problem} in record ${result.record}`);
  return result.records;
};

describe("parseCsv", () => {
  it("splits plain fields and records, with LF, CRLF or CR line ends", () => {
    expect(records("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(records("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(records("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("does not add an empty record for the final line break, but keeps empty fields", () => {
    expect(records("a,,c\n,,\n")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
    expect(records("a,")).toEqual([["a", ""]]);
    expect(records("")).toEqual([]);
  });

  it("reads commas, line breaks (LF and CRLF) and doubled quotes inside quoted fields", () => {
    expect(records('title,description\n"Amazon, EU","Line 1\r\nLine 2\nLine 3"\n"He said ""hi""",x\n')).toEqual([
      ["title", "description"],
      ["Amazon, EU", "Line 1\r\nLine 2\nLine 3"],
      ['He said "hi"', "x"],
    ]);
  });

  it("reads empty quoted fields and quoted fields at the end of the text", () => {
    expect(records('"",a,""')).toEqual([["", "a", ""]]);
    expect(records('a,"b"')).toEqual([["a", "b"]]);
    expect(records('"a"""')).toEqual([['a"']]);
    expect(records('""""')).toEqual([['"']]);
  });

  it("drops a byte-order mark and keeps Chinese text as it is", () => {
    expect(records("\uFEFFtitleZh,titleEn\n亚马逊运营，欧洲站,Amazon\n")).toEqual([
      ["titleZh", "titleEn"],
      ["亚马逊运营，欧洲站", "Amazon"],
    ]);
  });

  it("keeps a quote inside an unquoted field as a character", () => {
    expect(records('5" screen,ok')).toEqual([['5" screen', "ok"]]);
  });

  it("refuses a quote that never closes, and text after a closing quote, naming the record", () => {
    expect(parseCsv('a,b\n1,"never closed\n2,3\n')).toEqual({ ok: false, problem: "unterminated_quote", record: 2 });
    expect(parseCsv('a,b\n1,2\n"x"y,3\n')).toEqual({ ok: false, problem: "text_after_quote", record: 3 });
  });

  it("reads back whatever stringifyCsv writes", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "中", ",", '"', "\n", "\r", " ", "=", "1") });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A record of one empty field is written as an empty line: the same in any CSV reader.
        const written = rows.filter((row) => !(row.length === 1 && row[0] === ""));
        if (written.length === 0) return;
        expect(records(stringifyCsv(written))).toEqual(written);
        expect(records(stringifyCsv(written, { bom: true }))).toEqual(written);
      }),
    );
  });
});

describe("stringifyCsv", () => {
  it("quotes only what needs quoting and ends records with CRLF", () => {
    expect(stringifyCsv([["a", "b,c", 'say "x"', "two\nlines", " padded"]])).toBe(
      'a,"b,c","say ""x""","two\nlines"," padded"\r\n',
    );
  });

  it("starts with a BOM when asked, so Excel reads UTF-8", () => {
    expect(stringifyCsv([["标题"]], { bom: true })).toBe("\uFEFF标题\r\n");
  });

  it("neutralises values that a spreadsheet would run as formulas", () => {
    expect(stringifyCsv([['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "ok"]], { neutralise: true })).toBe(
      '"\'=HYPERLINK(""x"")",\'+1,\'-2,\'@SUM(A1),ok\r\n',
    );
  });
});

describe("decodeCsvBytes", () => {
  it("reads UTF-8 with and without BOM", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("标题,title"))).toBe("标题,title");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("标题")]))).toBe("标题");
  });

  it("reads GB18030, as Chinese Excel saves plain CSV", () => {
    // 运营 in GBK: d4 cb d3 aa
    expect(decodeCsvBytes(new Uint8Array([0xd4, 0xcb, 0xd3, 0xaa, 0x2c, 0x61]))).toBe("运营,a");
  });

  it("refuses binary data", () => {
    expect(decodeCsvBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe]))).toBeNull();
  });
});
