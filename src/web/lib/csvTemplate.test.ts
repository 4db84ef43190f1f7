import { describe, expect, it } from 'vitest';
import { csvTemplate } from './csvTemplate';

describe('csvTemplate', () => {
  it('is a BOM, the Japanese header row and CRLF', () => {
    const csv = csvTemplate('employees', 'ja');
    expect(csv.startsWith('\uFEFF社員番号,姓,名,姓(フリガナ),名(フリガナ),メールアドレス,部署コード,')).toBe(true);
    expect(csv.endsWith('言語\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(2);
  });
  it('uses the English headers in English and has department columns', () => {
    expect(csvTemplate('employees', 'en').slice(1, 25)).toBe('employee_number,family_n');
    expect(csvTemplate('departments', 'ja')).toBe('\uFEFF部署コード,部署名,部署名(英語),親部署コード\r\n');
  });
});
