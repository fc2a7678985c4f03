import { decode, UndecodableInputError } from '../../../src/extract/decode';

const TEXT = '银川市人民政府办公室关于印发《方案》的通知\n银政办发〔2022〕24号\n各县（市）区人民政府：\n';

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) (be[i] = le[i + 1] as number), (be[i + 1] = le[i] as number);
  return be;
}

describe('decode', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]));
    expect(r).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with their BOMs', () => {
    const le = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
    const be = decode(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]));
    expect(le).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(be).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads GB18030/GBK bytes', () => {
    // 银川 in GBK: D2 F8 B4 A8; 〔 A1 B2, 〕 A1 B3
    const gbk = Buffer.from([0xd2, 0xf8, 0xb4, 0xa8, 0xa1, 0xb2, 0x32, 0x30, 0x32, 0x32, 0xa1, 0xb3, 0x0a]);
    expect(decode(gbk)).toEqual({ text: '银川〔2022〕\n', encoding: 'gb18030' });
  });

  it('turns CRLF and lone CR into LF without changing the number of lines', () => {
    const r = decode(Buffer.from('一\r\n二\r三\n\r\n四', 'utf8'));
    expect(r.text).toBe('一\n二\n三\n\n四');
    expect(r.text.split('\n')).toHaveLength(5);
  });

  it('refuses binary input with NUL bytes', () => {
    expect(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))).toThrow(UndecodableInputError);
  });

  it('refuses bytes that are valid in no candidate encoding', () => {
    const junk = Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0xff : 0x80)));
    expect(() => decode(junk)).toThrow(/neither valid UTF-8 nor valid GB18030/);
  });

  it('refuses a UTF-16 BOM followed by an odd byte count of garbage', () => {
    expect(() => decode(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]))).toThrow(UndecodableInputError);
  });

  it('refuses text full of control characters', () => {
    const ctl = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(() => decode(ctl)).toThrow(UndecodableInputError);
  });

  it('gives a hint on how to fix the input', () => {
    try {
      decode(Buffer.from([0, 1, 2]));
      throw new Error('expected a refusal');
    } catch (err) {
      expect((err as UndecodableInputError).hint).toMatch(/UTF-8/);
    }
  });
});

describe('decode of damaged UTF-8', () => {
  const long = TEXT.repeat(40);

  it('reads a file whose last character was cut in half', () => {
    const bytes = Buffer.from(long, 'utf8');
    const r = decode(bytes.subarray(0, bytes.length - 2));
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith(long.slice(0, 100))).toBe(true);
  });

  it('reads a long file with a few damaged bytes, replacing them', () => {
    const bytes = Buffer.from(long, 'utf8');
    bytes[100] = 0xff;
    const r = decode(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('\uFFFD');
  });
});
