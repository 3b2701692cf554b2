import { FieldError, parseWan, tr } from '@luodi/core';
import { PARK_CODES, PARK_NAMES_ZH, TRACK_CODES, TRACK_NAMES_ZH } from '@luodi/catalog';
import { creditCodeError, normaliseCreditCode } from './credit-code';
import {
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_SHORT_TEXT,
  NewLead,
  Source,
  SOURCE_NAMES_ZH,
  SOURCES,
} from '../lead/lead';
import { phoneError } from './phone';

/*
 * Field rules of a lead, as pure functions, shared by the API's DTO validators and by the Excel/CSV import
 * (which has no DTO), so a value is accepted or refused the same way on both paths.
 */
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

/**
 * Trims white space and invisible format characters (zero-width space/joiners, direction marks, BOM: Unicode
 * `Cf`) from both ends, so a name of only zero-width characters is empty.
 */
export function trimText(value: string): string {
  return value.replace(/^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, '');
}

/** null when the text is acceptable, else why not (in the current language). */
export function textError(value: string, max: number, required: boolean): string | null {
  const v = trimText(value);
  if (required && v.length === 0) return tr('不能为空', 'must not be empty');
  if (v.length > max) return tr(`长度不能超过${max}个字符`, `must be at most ${max} characters long`);
  if (v.includes('\u0000')) return tr('不能包含空字符（NUL）', 'must not contain NUL bytes');
  return null;
}

const isRequired = () => tr('必填', 'is required');
const notText = () => tr('须为文本', 'must be a string');

/** Why a code is refused: the codes, or for imports the Chinese names (either is accepted there). */
function notOneOf(codes: readonly string[], names: Record<string, string>, lenient: boolean): string {
  return lenient
    ? tr(
        `须为以下之一：${codes.map((c) => names[c]).join('、')}（或其代码）`,
        `must be one of ${codes.join(', ')} (or its Chinese name)`,
      )
    : tr(`须为以下之一：${codes.join('、')}`, `must be one of ${codes.join(', ')}`);
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
      if (required) err(field, isRequired());
      return null;
    }
    if (typeof v !== 'string') {
      err(field, notText());
      return null;
    }
    const problem = textError(v, max, required);
    if (problem) err(field, problem);
    return trimText(v);
  };

  const companyName = text('companyName', MAX_NAME_LENGTH, true);
  const projectName = text('projectName', MAX_NAME_LENGTH, true);

  let track: string | null = null;
  if (!present(raw.track)) err('track', isRequired());
  else {
    track =
      typeof raw.track === 'string'
        ? lenient
          ? codeFromLabel(raw.track, TRACK_CODES, TRACK_NAMES_ZH)
          : (TRACK_CODES.find((c) => c === raw.track) ?? null)
        : null;
    if (!track) err('track', notOneOf(TRACK_CODES, TRACK_NAMES_ZH, lenient));
  }

  let park: string | null = null;
  if (present(raw.park)) {
    park =
      typeof raw.park === 'string'
        ? lenient
          ? codeFromLabel(raw.park, PARK_CODES, PARK_NAMES_ZH)
          : (PARK_CODES.find((c) => c === raw.park) ?? null)
        : null;
    if (!park) err('park', notOneOf(PARK_CODES, PARK_NAMES_ZH, lenient));
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
    if (!source) err('source', notOneOf(SOURCES, SOURCE_NAMES_ZH, lenient));
  }

  let plannedInvestmentWan: string | null = null;
  if (!present(raw.plannedInvestmentWan)) err('plannedInvestmentWan', isRequired());
  else {
    const parsed = parseWan(raw.plannedInvestmentWan);
    if ('error' in parsed) err('plannedInvestmentWan', parsed.error);
    else plannedInvestmentWan = parsed.value;
  }

  let creditCode: string | null = null;
  if (present(raw.creditCode)) {
    if (typeof raw.creditCode !== 'string') err('creditCode', notText());
    else {
      const problem = creditCodeError(raw.creditCode);
      if (problem) err('creditCode', problem);
      else creditCode = normaliseCreditCode(raw.creditCode);
    }
  }

  const contactName = text('contactName', MAX_SHORT_TEXT, false);
  let contactPhone: string | null = null;
  if (present(raw.contactPhone)) {
    const problem = phoneError(raw.contactPhone);
    if (problem) err('contactPhone', problem);
    else contactPhone = (raw.contactPhone as string).trim();
  }
  const notes = text('notes', MAX_NOTES_LENGTH, false);

  const isProvincialKey = parseBoolean(raw.isProvincialKey, lenient);
  if (isProvincialKey === 'invalid') {
    err(
      'isProvincialKey',
      lenient
        ? tr('须为“是”或“否”', 'must be 是 or 否 (yes or no)')
        : tr('须为 true 或 false', 'must be true or false'),
    );
  }

  let inPlanningPool = false;
  if (present(raw.pool)) {
    if (raw.pool === 'planning' || (lenient && raw.pool === '策划包装库')) inPlanningPool = true;
    // An exported sheet names every pool; an imported lead starts in 招引落地库 unless filed in 策划包装库.
    else if (!(
      lenient &&
      ['attraction', 'landing', 'construction', '招引落地库', '投资建设库'].includes(raw.pool as string)
    )) {
      err('pool', tr('新建项目只能填 planning（策划包装库）', 'may only be "planning" for a new lead'));
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
