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
