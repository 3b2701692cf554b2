/**
 * Reference data every database starts with. The Chinese names are the catalog's (libs/catalog/src/catalog.ts,
 * TRACK_NAMES_ZH, PARK_NAMES_ZH, STAGE_NAMES_ZH); stage deadlines are editable by supervisors.
 */
export const REFERENCE_DATA = `
  INSERT INTO tracks (code, name_zh, name_en, sort_order) VALUES
    ('equipment', '高端装备制造', 'High-end equipment manufacturing', 1),
    ('new_energy', '新能源', 'New energy', 2),
    ('new_materials', '新材料', 'New materials', 3),
    ('semiconductors', '先进半导体', 'Advanced semiconductors', 4);
  INSERT INTO parks (code, name_zh, name_en, sort_order) VALUES
    ('yangqu', '阳曲园区', 'Yangqu Park', 1),
    ('tanghuai', '唐槐园区', 'Tanghuai Park', 2),
    ('xiaohe', '潇河园区', 'Xiaohe Park', 3);
  INSERT INTO stages (code, name_zh, name_en, sort_order, deadline_days, is_terminal) VALUES
    ('lead', '洽谈', 'Negotiation', 1, 90, false),
    ('signed', '签约', 'Signed', 2, 90, false),
    ('landed', '落地', 'Landed', 3, 60, false),
    ('construction', '开工建设', 'Construction started', 4, 365, false),
    ('production', '投产', 'In production', 5, NULL, false),
    ('lost', '终止', 'Lost', 6, NULL, true);
  INSERT INTO report_settings (time_zone) VALUES ('Asia/Shanghai');
`;
