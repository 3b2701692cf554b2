// eslint-disable-next-line no-restricted-imports -- the rules' storage itself, not a decorator (those come from validators.ts)
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Grouped = Record<string, ValidationMetadata[]>;

let memoised = false;

/**
 * class-validator finds a DTO's rules anew on every validation: it filters the class's rules and tests every
 * registered class for inheritance, then groups them by property (a CPU profile of the API under load showed
 * it among the largest costs of a validated request). The rules are registered by decorators as classes load,
 * so the answers are memoised per class and options, and forgotten whenever a rule or schema is added.
 */
export function memoiseValidationMetadata(): void {
  if (memoised) return;
  memoised = true;
  const storage = getMetadataStorage();
  const find = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  const addSchema = storage.addValidationSchema.bind(storage);
  let found = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Grouped>();
  const forget = () => {
    found = new WeakMap();
    grouped = new WeakMap();
  };

  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (typeof target !== 'function') return find(target, schema, always, strictGroups, groups);
    const key = JSON.stringify([schema, always, strictGroups, groups ?? null]);
    let byOptions = found.get(target);
    if (!byOptions) found.set(target, (byOptions = new Map()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = find(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (rules) => {
    let byProperty = grouped.get(rules);
    if (!byProperty) grouped.set(rules, (byProperty = group(rules)));
    return byProperty;
  };
  storage.addValidationMetadata = (rule) => {
    forget();
    addRule(rule);
  };
  storage.addValidationSchema = (schema) => {
    forget();
    addSchema(schema);
  };
}
