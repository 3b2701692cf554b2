import { FieldError, parseWan } from '@luodi/core';
import { PARK_CODES, TRACK_CODES } from '@luodi/catalog';
import { creditCodeError, normaliseCreditCode } from './credit-code';
import {
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_SHORT_TEXT,
  NewLead,
  Source,
  SOURCE_NAMES_ZH,
  SOURCES,
} from './lead';
import { isMainlandPhone } from './phone';

/**
 * Field rules of a lead, as pure functions, shared by the API's DTO validators and by the Excel/CSV import
 * (which has no DTO), so a value is accepted or refused the same way on both paths.
 */
export const TRACK_NAMES_ZH: Record<string, string> = {
  equipment: '高端装备制造',
  new_energy: '新能源',
  new_materials: '新材料',
  semiconductors: '先进半导体',
};
export const PARK_NAMES_ZH: Record<string, string> = {
  yangqu: '阳曲园区',
  tanghuai: '唐槐园区',
  xiaohe: '潇河园区',
};

/** A code, or (for imports) its Chinese name; parks also without the 园区 suffix. */
export function codeFromLabel(
  value: string,
  codes: readonly string[],
  names: Record<string, string>,
): string | null {
  const v = value.trim();
  if (codes.includes(v)) return v;
  for (const [code, name] of Object.entries(names)) {
    if (name === v || name.replace(/园区$/, '') === v) return code;
  }
  return null;
}

export function textError(value: string, max: number, required: boolean): string | null {
  const v = value.trim();
  if (required && v.length === 0) return 'must not be empty';
  if (v.length > max) return `must be at most ${max} characters`;
  if (v.includes('\u0000')) return 'must not contain NUL bytes';
  return null;
}

type Raw = Record<string, unknown>;
export type NewLeadFields = Omit<NewLead, 'ownerId' | 'leaderId'>;

const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/**
 * Validates and normalises the client-set fields of a new lead. `lenient` (imports) also takes Chinese names for
 * track, park and source, and 是/否 for booleans. Returns every problem at once.
 */
export function parseNewLeadFields(
  raw: Raw,
  lenient = false,
): { value: NewLeadFields | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });

  const text = (field: string, max: number, required: boolean): string | null => {
    const v = raw[field];
    if (!present(v)) {
      if (required) err(field, 'is required');
      return null;
    }
    if (typeof v !== 'string') {
      err(field, 'must be a string');
      return null;
    }
    const problem = textError(v, max, required);
    if (problem) err(field, problem);
    return v.trim();
  };

  const companyName = text('companyName', MAX_NAME_LENGTH, true);
  const projectName = text('projectName', MAX_NAME_LENGTH, true);

  let track: string | null = null;
  if (!present(raw.track)) err('track', 'is required');
  else {
    track =
      typeof raw.track === 'string'
        ? lenient
          ? codeFromLabel(raw.track, TRACK_CODES, TRACK_NAMES_ZH)
          : (TRACK_CODES.find((c) => c === raw.track) ?? null)
        : null;
    if (!track) err('track', `must be one of ${TRACK_CODES.join(', ')}`);
  }

  let park: string | null = null;
  if (present(raw.park)) {
    park =
      typeof raw.park === 'string'
        ? lenient
          ? codeFromLabel(raw.park, PARK_CODES, PARK_NAMES_ZH)
          : (PARK_CODES.find((c) => c === raw.park) ?? null)
        : null;
    if (!park) err('park', `must be one of ${PARK_CODES.join(', ')}`);
  }

  let source: Source | null = null;
  if (present(raw.source)) {
    const s =
      typeof raw.source === 'string'
        ? lenient
          ? codeFromLabel(raw.source, SOURCES, SOURCE_NAMES_ZH)
          : raw.source
        : null;
    source = SOURCES.find((c) => c === s) ?? null;
    if (!source) err('source', `must be one of ${SOURCES.join(', ')}`);
  }

  let plannedInvestmentWan: string | null = null;
  if (!present(raw.plannedInvestmentWan)) err('plannedInvestmentWan', 'is required');
  else {
    const parsed = parseWan(raw.plannedInvestmentWan);
    if ('error' in parsed) err('plannedInvestmentWan', parsed.error);
    else plannedInvestmentWan = parsed.value;
  }

  let creditCode: string | null = null;
  if (present(raw.creditCode)) {
    if (typeof raw.creditCode !== 'string') err('creditCode', 'must be a string');
    else {
      const problem = creditCodeError(raw.creditCode);
      if (problem) err('creditCode', problem);
      else creditCode = normaliseCreditCode(raw.creditCode);
    }
  }

  const contactName = text('contactName', MAX_SHORT_TEXT, false);
  let contactPhone: string | null = null;
  if (present(raw.contactPhone)) {
    if (typeof raw.contactPhone !== 'string' || !isMainlandPhone(raw.contactPhone)) {
      err('contactPhone', 'must be a mainland mobile or landline number');
    } else contactPhone = raw.contactPhone.trim();
  }
  const notes = text('notes', MAX_NOTES_LENGTH, false);

  const isProvincialKey = parseBoolean(raw.isProvincialKey, lenient);
  if (isProvincialKey === 'invalid') err('isProvincialKey', 'must be a boolean');

  let inPlanningPool = false;
  if (present(raw.pool)) {
    if (raw.pool === 'planning' || (lenient && raw.pool === '策划包装库')) inPlanningPool = true;
    // An exported sheet names every pool; an imported lead starts in 招引落地库 unless filed in 策划包装库.
    else if (!(
      lenient &&
      ['attraction', 'landing', 'construction', '招引落地库', '投资建设库'].includes(raw.pool as string)
    )) {
      err('pool', 'may only be "planning" for a new lead');
    }
  }

  if (errors.length > 0) return { value: null, errors };
  return {
    errors,
    value: {
      companyName: companyName!,
      projectName: projectName!,
      track: track!,
      park,
      source,
      plannedInvestmentWan: plannedInvestmentWan!,
      signedAmountWan: null,
      creditCode,
      contactName: contactName || null,
      contactPhone,
      notes: notes || null,
      isProvincialKey: isProvincialKey === true,
      inPlanningPool,
    },
  };
}

function parseBoolean(v: unknown, lenient: boolean): boolean | 'invalid' {
  if (!present(v)) return false;
  if (typeof v === 'boolean') return v;
  if (lenient && typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (['true', '1', '是', 'yes', 'y'].includes(s)) return true;
    if (['false', '0', '否', 'no', 'n'].includes(s)) return false;
  }
  if (lenient && (v === 1 || v === 0)) return v === 1;
  return 'invalid';
}
