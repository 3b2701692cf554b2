import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow } from '@luodi/core';
import { DEFAULT_WARNING_SETTINGS, WarningSettings } from './warning-rules';
import { WARNING_SETTINGS_SQL } from './warning-sql';

const COLUMNS = `deadline_soon_days AS "deadlineSoonDays", no_activity_days AS "noActivityDays",
  problem_aging_days AS "problemAgingDays"`;

/** 预警配置: the thresholds of the 三色预警 (one row; admins change them). */
@Injectable()
export class WarningSettingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(): Promise<WarningSettings> {
    return (await firstRow<WarningSettings>(this.db, WARNING_SETTINGS_SQL)) ?? DEFAULT_WARNING_SETTINGS;
  }

  async put(settings: WarningSettings, userId: string): Promise<WarningSettings> {
    const row = await firstRow<WarningSettings>(
      this.db,
      `INSERT INTO warning_settings (id, deadline_soon_days, no_activity_days, problem_aging_days, updated_by)
       VALUES (true, $1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET deadline_soon_days = $1, no_activity_days = $2, problem_aging_days = $3,
         updated_by = $4, updated_at = now()
       RETURNING ${COLUMNS}`,
      [settings.deadlineSoonDays, settings.noActivityDays, settings.problemAgingDays, userId],
    );
    return row!;
  }
}
