import { tr, ValidationFailedError } from '@luodi/core';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A CSV's text: UTF-8 (with or without a BOM) when the bytes are valid UTF-8, else GB18030 (a superset of GBK,
 * what Excel writes on a Chinese Windows); bytes that are neither are refused rather than turned into U+FFFD.
 */
export function decodeCsvText(file: Buffer): string {
  const body = file.subarray(0, 3).equals(UTF8_BOM) ? file.subarray(3) : file;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // not UTF-8: try the Chinese Windows encoding next
  }
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(body);
  } catch {
    throw new ValidationFailedError([
      {
        field: 'file',
        message: tr(
          '文件编码无法识别，请另存为 UTF-8 或 GBK 编码的 CSV',
          'has an unrecognised encoding; save it as UTF-8 or GBK CSV',
        ),
      },
    ]);
  }
}
