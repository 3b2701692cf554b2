// eslint-disable-next-line no-restricted-imports -- plain class-validator classes, to test the storage itself
import { getMetadataStorage, IsInt, IsString, validate } from 'class-validator';
import { memoiseValidationMetadata } from './validation-metadata-cache';

const failed = async (o: object) => (await validate(o)).map((e) => e.property).sort();

describe('memoised class-validator rules', () => {
  it('validates as before, finds each class’s rules once, and sees rules added later', async () => {
    class Base {
      @IsString()
      name!: unknown;
    }
    const bad = Object.assign(new Base(), { name: 1 });
    expect(await failed(bad)).toEqual(['name']);

    memoiseValidationMetadata();
    const storage = getMetadataStorage();
    const once = storage.getTargetValidationMetadatas(Base, '', false, false);
    expect(storage.getTargetValidationMetadatas(Base, '', false, false)).toBe(once);
    expect(storage.groupByPropertyName(once)).toBe(storage.groupByPropertyName(once));
    expect(await failed(bad)).toEqual(['name']);
    expect(await failed(Object.assign(new Base(), { name: 'ok' }))).toEqual([]);

    // A class declared afterwards (its decorators add rules): its own and its parent's rules apply.
    class Child extends Base {
      @IsInt()
      count!: unknown;
    }
    expect(await failed(Object.assign(new Child(), { name: 2, count: 'x' }))).toEqual(['count', 'name']);
    // A rule added to an already looked-up class is seen too.
    IsInt()(Base.prototype, 'extra');
    expect(storage.getTargetValidationMetadatas(Base, '', false, false)).not.toBe(once);
    expect(await failed(Object.assign(new Base(), { name: 'ok', extra: 'x' }))).toEqual(['extra']);
  });
});
