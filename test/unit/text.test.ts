import { describe, expect, it } from 'vitest';
import { fold, matchForm, normalizeVi, slug } from '../../src/ingest/text.js';

describe('Vietnamese normalisation', () => {
  it('moves old-style tone marks (hoá → hóa, uỷ → ủy, thuỷ → thủy) but not inside longer syllables', () => {
    expect(normalizeVi('Phòng Văn hoá')).toBe('Phòng Văn hóa');
    expect(normalizeVi('Uỷ ban')).toBe('Ủy ban');
    expect(normalizeVi('Vĩnh Thuỷ')).toBe('Vĩnh Thủy');
    expect(normalizeVi('toàn dân, khuyến khích, hoán đổi')).toBe('toàn dân, khuyến khích, hoán đổi');
    expect(normalizeVi('Trần Đức Quý, hàng quý, Quỳnh')).toBe('Trần Đức Quý, hàng quý, Quỳnh');
  });

  it('composes NFD input to NFC', () => {
    const nfd = 'Công an thị xã Bỉm Sơn'.normalize('NFD');
    expect(normalizeVi(nfd)).toBe('Công an thị xã Bỉm Sơn'.normalize('NFC'));
  });

  it('folds diacritics and đ for matching', () => {
    expect(fold('Chỉ thị số 07/CT-BCA-V28')).toBe('chi thi so 07/ct-bca-v28');
    expect(fold('Đông Triều')).toBe('dong trieu');
  });

  it('matches spelling variants of one body, not different bodies', () => {
    expect(matchForm('Phòng Văn hoá - Thông tin')).toBe(matchForm('Phòng Văn hóa và Thông tin'));
    expect(matchForm('Ủy ban nhân dân tỉnh')).toBe(matchForm('UBND Tỉnh'));
    expect(matchForm('Ủy ban MTTQ Việt Nam xã')).toBe(matchForm('Ủy ban Mặt trận Tổ quốc xã'));
    expect(matchForm('Công an thị xã Bỉm Sơn')).not.toBe(matchForm('Công an tỉnh Thanh Hóa'));
  });

  it('makes readable ASCII slugs', () => {
    expect(slug('Công an thị xã Bỉm Sơn')).toBe('cong-an-thi-xa-bim-son');
  });
});
