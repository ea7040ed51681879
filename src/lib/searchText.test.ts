import { describe, expect, it } from 'vitest';
import { areaBuckets, bucketOf, capitalBuckets, foldVietnamese, markdownToText, searchAliases, segmentQuery, segmentWords } from './searchText';

describe('foldVietnamese()', () => {
  it('removes tone marks and folds đ, which Pagefind keeps', () => {
    expect(foldVietnamese('Đông Cuông, Mù Cang Chải, đèo Khau Phạ')).toBe('Dong Cuong, Mu Cang Chai, deo Khau Pha');
  });
});

describe('searchAliases()', () => {
  it('lists the folded form of each word with đ, once', () => {
    expect(searchAliases('Đền Đông Cuông, đền Đông Cuông ở Văn Yên')).toEqual(['Den', 'Dong', 'den']);
  });

  it('adds nothing to a text without đ', () => {
    expect(searchAliases('Mù Cang Chải')).toEqual([]);
  });
});

describe('segmentQuery()', () => {
  it('splits a query written in a script without spaces, and leaves the others as typed', () => {
    expect(segmentQuery('ແຂວງວຽງຈັນ', 'lo')).toBe('ແຂວງ ວຽງຈັນ');
    expect(segmentQuery('Mu Cang Chai', 'en')).toBe('Mu Cang Chai');
    expect(segmentQuery('穆康寨', 'zh-Hans')).toBe('穆康寨');
  });
});

describe('segmentWords()', () => {
  it('splits Lao into words', () => {
    expect(segmentWords('ແຂວງວຽງຈັນເປັນຄູ່ຮ່ວມມື', 'lo')).toBe('ແຂວງ ວຽງຈັນ ເປັນ ຄູ່ ຮ່ວມມື');
  });
});

describe('markdownToText()', () => {
  it('keeps link text and drops markup and targets', () => {
    expect(markdownToText('## Title\n\nSee [the lake](/en/tourism/thac-ba-lake/) **now**.')).toBe('Title See the lake now .');
  });
});

describe('bucketOf()', () => {
  it('puts a value in the first bucket whose upper bound it is below', () => {
    expect(bucketOf(999_999, capitalBuckets)).toBe('usd-lt-1m');
    expect(bucketOf(1_000_000, capitalBuckets)).toBe('usd-1m-5m');
    expect(bucketOf(250_000_000, capitalBuckets)).toBe('usd-100m-plus');
    expect(bucketOf(120, areaBuckets)).toBe('ha-100-plus');
  });
});
