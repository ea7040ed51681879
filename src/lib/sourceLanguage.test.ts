import { describe, expect, it } from 'vitest';
import { sourceLanguage } from './sourceLanguage';

describe('sourceLanguage()', () => {
  it.each([
    ['Nhiều điểm sáng trong bức tranh kinh tế Yên Bái (Báo Yên Bái)', 'vi'],
    ['Thông xe nút giao IC 13 nối thành phố Yên Bái với cao tốc Nội Bài-Lào Cai (VietnamPlus, 1/2025)', 'vi'],
    ['Yen Bai Industrial Zones Authority boosting investment promotion and attraction (HKBAV, 2024)', 'en'],
    ['Viglacera Trấn Yên Industrial Park (Yên Bái) – investment policy and location (Viglacera IP)', 'en'],
    ['Paragliding festivals at Khau Phạ pass (Yên Bái provincial portal)', 'en'],
    ['La province de Yên Bái renforce sa coopération avec des localités françaises (VNA)', 'fr'],
    ['Département Val-de-Marne (Wikipedia)', 'en'],
    ['Provinz Sainyabuli – Geschichte und Verwaltung der Provinz (Wikipedia)', 'de'],
    ['美作市とベトナム・イエンバイ省が覚書 (TSC)', 'ja'],
    ['옌바이성 대표단, 나주시 방문 (Nhân Dân)', 'ko'],
    ['安沛省概况', 'zh'],
    ['ແຂວງວຽງຈັນ (ລາວ)', 'lo'],
    ['Вьентьян (провинция)', 'ru'],
  ])('%s is %s', (title, lang) => {
    expect(sourceLanguage(title)).toBe(lang);
  });
});
