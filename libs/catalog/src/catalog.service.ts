import { Injectable } from '@nestjs/common';
import { NotFoundError, tr, ValidationFailedError } from '@luodi/core';
import { Park, Stage, Track } from './catalog';
import { CatalogRepository } from './catalog.repository';

@Injectable()
export class CatalogService {
  constructor(private readonly catalog: CatalogRepository) {}

  tracks(): Promise<Track[]> {
    return this.catalog.tracks();
  }

  parks(): Promise<Park[]> {
    return this.catalog.parks();
  }

  stages(): Promise<Stage[]> {
    return this.catalog.stages();
  }

  /** Changes the default deadline for leads entering the stage from now on (existing deadlines stay). */
  async setStageDeadlineDays(code: string, deadlineDays: number): Promise<Stage> {
    const stages = await this.catalog.stages();
    const stage = stages.find((s) => s.code === code);
    if (!stage) throw new NotFoundError(`阶段 ${code}`, `Stage ${code}`);
    if (stage.deadlineDays === null) {
      throw new ValidationFailedError(
        [
          {
            field: 'code',
            message: tr(
              `${stage.nameZh}阶段没有期限（终止或最后阶段）`,
              `stage ${code} has no deadline (terminal or final stage)`,
            ),
          },
        ],
        tr('该阶段没有期限。', 'This stage has no deadline.'),
      );
    }
    const updated = await this.catalog.setDeadlineDays(code, deadlineDays);
    if (!updated) throw new NotFoundError(`阶段 ${code}`, `Stage ${code}`);
    return updated;
  }
}
