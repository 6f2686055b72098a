import { describe, expect, it } from 'vitest';
import {
  agencyKey,
  groupBase,
  groupMemberKinds,
  issuerUnit,
  legacyDocumentKey,
  nameKey,
  personKey,
  PROVINCES,
  provinceQualifier,
  unitKey,
} from '../../src/domain/keys.js';
import { fold } from '../../src/ingest/text.js';

describe('nameKey: Telex, readable ASCII, injective on diacritics', () => {
  it.each([
    ['Tân Thanh', 'taan-thanh'],
    ['Tân Thạnh', 'taan-thanhj'],
    ['Tân Thành', 'taan-thanhf'],
    ['Bỉm Sơn', 'bimr-sown'],
    ['Đông Triều', 'ddoong-trieeuf'],
    ['Vĩnh Thủy', 'vinhx-thuyr'],
    ['Lạc Dương', 'lacj-duwowng'],
    ['Đắk Lắk', 'ddawks-lawks'],
    ['Phường 3', 'phuwowngf-3'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('spelling variants of one name are one key (NFC/NFD, old and new tone placement)', () => {
    expect(nameKey('Thuỷ')).toBe(nameKey('Thủy'));
    expect(nameKey('Hoá')).toBe(nameKey('Hóa'));
    expect(nameKey('Tân Thạnh'.normalize('NFD'))).toBe(nameKey('Tân Thạnh'));
    expect(nameKey('  Tân   Thạnh ')).toBe('taan-thanhj');
  });

  it('names that differ only by diacritics differ', () => {
    const names = ['Tân Thanh', 'Tân Thạnh', 'Tân Thành', 'Tấn Thanh', 'Tân Thánh', 'Tan Thanh'];
    expect(new Set(names.map(nameKey)).size).toBe(names.length);
    expect(new Set(names.map(fold)).size).toBe(1); // what folding alone would have merged
  });
});

describe('province names stay folded: the closed list is pairwise distinct when folded', () => {
  it('has no two provinces with one folded name', () => {
    const q = PROVINCES.map(provinceQualifier);
    expect(new Set(q).size).toBe(PROVINCES.length);
  });
});

describe('unit and agency keys carry their province', () => {
  it('provinces keep their readable folded key', () => {
    expect(unitKey('tỉnh', 'Bắc Ninh', 'PROVINCE')).toBe('tinh-bac-ninh');
    expect(agencyKey('Công an tỉnh Tây Ninh', { key: 'tinh-tay-ninh', name: 'tỉnh Tây Ninh', level: 'PROVINCE' })).toBe('cong-an-tinh-tay-ninh');
    expect(agencyKey('Bộ Công an', null)).toBe('bo-cong-an');
  });

  it('the same commune name in two provinces gives two keys; near-homographs in one province too', () => {
    const a = unitKey('xã', 'Tân Thạnh', 'COMMUNE', 'tỉnh Tây Ninh');
    const b = unitKey('xã', 'Tân Thạnh', 'COMMUNE', 'tỉnh Long An');
    const c = unitKey('xã', 'Tân Thanh', 'COMMUNE', 'tỉnh Tây Ninh');
    expect([a, b, c]).toEqual(['xa-taan-thanhj.tay-ninh', 'xa-taan-thanhj.long-an', 'xa-taan-thanh.tay-ninh']);
    const ca = (u: string, name: string) => agencyKey(`Công an ${name}`, { key: u, name, level: 'COMMUNE' });
    expect(ca(a, 'xã Tân Thạnh')).toBe('cong-an-xa-taan-thanhj.tay-ninh');
    expect(ca(b, 'xã Tân Thạnh')).toBe('cong-an-xa-taan-thanhj.long-an');
    expect(ca(c, 'xã Tân Thanh')).toBe('cong-an-xa-taan-thanh.tay-ninh');
  });

  it('groups and party committees of a district carry it too', () => {
    const bs = { key: 'thi-xa-bimr-sown.thanh-hoa', name: 'thị xã Bỉm Sơn', level: 'DISTRICT' as const };
    expect(agencyKey('UBND các phường, xã thị xã Bỉm Sơn', bs)).toBe('ubnd-cac-phuong-xa-thi-xa-bimr-sown.thanh-hoa');
    expect(agencyKey('Thường trực Thị ủy Bỉm Sơn', bs)).toBe('thuong-truc-thi-uy-bimr-sown.thanh-hoa');
  });

  it('a commune whose province is unknown has no qualifier (never joined to a qualified key)', () => {
    expect(unitKey('xã', 'Vĩnh Thủy', 'COMMUNE', null)).toBe('xa-vinhx-thuyr');
  });

  it('issuerUnit tells issuers of one unit, qualifier included', () => {
    expect(issuerUnit('ubnd-tinh-thanh-hoa/93-kh-bcd/2017')).toBe('thanh-hoa');
    expect(issuerUnit('bcd-phong-chong-khung-bo-tinh-thanh-hoa')).toBe('thanh-hoa');
    expect(issuerUnit('ubnd-xa-taan-thanhj.tay-ninh/12-kh-ubnd/2026')).toBe('taan-thanhj.tay-ninh');
    expect(issuerUnit('ubnd-xa-taan-thanhj.long-an/12-kh-ubnd/2026')).not.toBe(issuerUnit('ubnd-xa-taan-thanhj.tay-ninh/12-kh-ubnd/2026'));
  });

  it('persons are qualified by their issuer’s province', () => {
    expect(personKey('Nguyễn Văn Hùng', 'ubnd-xa-taan-thanhj.tay-ninh')).toBe('nguyeenx-vawn-hungf.tay-ninh');
    expect(personKey('Nguyễn Văn Hùng', 'ubnd-tinh-bac-ninh')).toBe('nguyeenx-vawn-hungf.bac-ninh');
  });
});

describe('legacy keys', () => {
  it('a document key of a commune plan remembers the key earlier versions gave it', () => {
    expect(legacyDocumentKey('ubnd-xa-taan-thanhj.tay-ninh/12-kh-ubnd/2026', 'UBND xã Tân Thạnh')).toBe('ubnd-xa-tan-thanh/12-kh-ubnd/2026');
    expect(legacyDocumentKey('ubnd-tinh-bac-ninh/14-kh-ubnd/2025', 'UBND tỉnh Bắc Ninh')).toBeNull();
  });
});

describe('centrally governed cities are province-level units', () => {
  it('"Công an Thành phố" in a plan of Hà Nội is the city\'s police, not a group of cities', async () => {
    const { canonicalAgency } = await import('../../src/ingest/agencies.js');
    const { context, unit } = await import('../fixtures/resp-source.js');
    const hn = unit('thanh-pho-ha-noi', 'thành phố Hà Nội', 'CITY', 'PROVINCE');
    const ctx = context({ unit: hn, province: hn, issuer: 'UBND thành phố Hà Nội', year: 2025, documentKey: 'ubnd-thanh-pho-ha-noi/1-kh-ubnd/2025' });
    expect(canonicalAgency('Công an Thành phố', ctx)).toMatchObject({ key: 'cong-an-thanh-pho-ha-noi', level: 'PROVINCE', group: false, unit: 'thanh-pho-ha-noi' });
    // named from another province's plan, Hà Nội keeps its province-level key
    const bn = unit('tinh-bac-ninh', 'tỉnh Bắc Ninh', 'PROVINCE', 'PROVINCE');
    const ctx2 = context({ unit: bn, province: bn, issuer: 'UBND tỉnh Bắc Ninh', year: 2025, documentKey: 'ubnd-tinh-bac-ninh/1-kh-ubnd/2025' });
    expect(canonicalAgency('UBND thành phố Hà Nội', ctx2)).toMatchObject({ key: 'ubnd-thanh-pho-ha-noi', level: 'PROVINCE', unit: 'thanh-pho-ha-noi' });
  });
});

describe('groups of commune-level bodies', () => {
  it('one group whatever the order of its tier words: "các xã, phường" = "các phường, xã" = "xã, phường"', () => {
    const bs = { key: 'thi-xa-bimr-sown.thanh-hoa', name: 'thị xã Bỉm Sơn', level: 'DISTRICT' as const };
    const k = agencyKey('UBND các phường, xã thị xã Bỉm Sơn', bs, true);
    expect(k).toBe('ubnd-cac-phuong-xa-thi-xa-bimr-sown.thanh-hoa');
    expect(agencyKey('UBND các xã, phường thị xã Bỉm Sơn', bs, true)).toBe(k);
    expect(agencyKey('UBND xã, phường thị xã Bỉm Sơn', bs, true)).toBe(k);
    expect(agencyKey('Uỷ ban nhân dân các xã và phường thị xã Bỉm Sơn', bs, true)).toBe(k);
    // "thị trấn" is another tier: a different set of bodies, another key
    expect(agencyKey('UBND các xã, thị trấn thị xã Bỉm Sơn', bs, true)).toBe('ubnd-cac-thi-tran-xa-thi-xa-bimr-sown.thanh-hoa');
  });

  it('leaves one body and enumerations of kinds alone', () => {
    expect(groupBase('ubnd-xa-tan-thanh')).toBe('ubnd-xa-tan-thanh');
    expect(groupBase('cac-ban-nganh-co-quan-don-vi-phuong-xa-thi-xa-bim-son')).toBe('cac-ban-nganh-co-quan-don-vi-phuong-xa-thi-xa-bim-son');
  });

  it('says which unit kinds are members', () => {
    expect(groupMemberKinds('ubnd-cac-phuong-xa-thi-xa-bimr-sown.thanh-hoa')).toEqual(['COMMUNE', 'WARD']);
    expect(groupMemberKinds('cong-an-cac-phuong-thi-tran-xa-huyen-lacj-duwowng.lam-dong')).toEqual(['COMMUNE', 'TOWNSHIP', 'WARD']);
    expect(groupMemberKinds('ubnd-cap-xa-tinh-lam-dong')).toEqual(['COMMUNE', 'WARD', 'TOWNSHIP']);
    expect(groupMemberKinds('cong-an-xa-taan-thanhj.tay-ninh')).toBeNull();
    expect(groupMemberKinds('cac-to-chuc-ct-xh-xa-vinhx-thuyr')).toBeNull();
  });
});
