/** Reference data: the four tracks (四条主赛道), three parks (园区) and the pipeline stages. */
export interface Track {
  code: string;
  nameZh: string;
  nameEn: string;
}
export type Park = Track;

export interface Stage {
  code: StageCode;
  nameZh: string;
  order: number;
  deadlineDays: number | null;
}

export const TRACK_CODES = ['equipment', 'new_energy', 'new_materials', 'semiconductors'] as const;
export type TrackCode = (typeof TRACK_CODES)[number];
export const PARK_CODES = ['yangqu', 'tanghuai', 'xiaohe'] as const;
export type ParkCode = (typeof PARK_CODES)[number];

/** The open stages in pipeline order, then the terminal `lost`. */
export const OPEN_STAGES = ['lead', 'signed', 'landed', 'construction', 'production'] as const;
export const STAGE_CODES = [...OPEN_STAGES, 'lost'] as const;
export type StageCode = (typeof STAGE_CODES)[number];
export type OpenStage = (typeof OPEN_STAGES)[number];

/**
 * The Chinese names users read (pages, Excel, emails, messages). The migration seeds the same names into the
 * `tracks`, `parks` and `stages` tables for the catalog endpoints; apps/web/src/domain/labels.ts mirrors them
 * (checked by apps/api/src/web/web-labels.spec.ts).
 */
export const TRACK_NAMES_ZH: Record<TrackCode, string> = {
  equipment: '高端装备制造',
  new_energy: '新能源',
  new_materials: '新材料',
  semiconductors: '先进半导体',
};
export const PARK_NAMES_ZH: Record<ParkCode, string> = {
  yangqu: '阳曲园区',
  tanghuai: '唐槐园区',
  xiaohe: '潇河园区',
};
export const STAGE_NAMES_ZH: Record<StageCode, string> = {
  lead: '洽谈',
  signed: '签约',
  landed: '落地',
  construction: '开工建设',
  production: '投产',
  lost: '终止',
};
