import { Injectable } from '@nestjs/common';
import { isUniqueViolation, NotFoundError, tr, ValidationFailedError } from '@luodi/core';
import { Department } from './problem';
import { DepartmentsRepository } from './departments.repository';

const nameTaken = (name: string) =>
  new ValidationFailedError(
    [{ field: 'name', message: tr('已有同名的责任单位', 'is already used by another department') }],
    tr(`责任单位“${name}”已存在。`, `A department named ${name} exists.`),
  );

@Injectable()
export class DepartmentsService {
  constructor(private readonly departments: DepartmentsRepository) {}

  list(activeOnly: boolean): Promise<Department[]> {
    return this.departments.list(activeOnly);
  }

  async create(name: string): Promise<Department> {
    const created = await this.departments.insert(name);
    if (!created) throw nameTaken(name);
    return created;
  }

  async update(id: string, patch: { name?: string; active?: boolean }): Promise<Department> {
    let updated: Department | null;
    try {
      updated = await this.departments.update(id, patch);
    } catch (err) {
      if (isUniqueViolation(err)) throw nameTaken(patch.name ?? '');
      throw err;
    }
    if (!updated) throw new NotFoundError('该责任单位', 'Department');
    return updated;
  }

  /** A department a problem may be given to: it exists and is active (else a 400 on `field`). */
  async assertUsable(id: string, field = 'departmentId'): Promise<void> {
    const d = await this.departments.find(id);
    if (!d || !d.active) {
      throw new ValidationFailedError([
        {
          field,
          message: d
            ? tr('该责任单位已停用', 'is an inactive department')
            : tr('没有这个责任单位', 'is not a known department'),
        },
      ]);
    }
  }
}
