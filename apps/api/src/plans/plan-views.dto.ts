import { ApiProperty } from '@nestjs/swagger';
import { PARK_CODES, STAGE_CODES, TRACK_CODES } from '@luodi/catalog';
import { BUILD_TYPES, PLAN_CATEGORIES } from '@luodi/plans';
import { ratioOrNull, wan } from '../docs/schema-fragments';

const MONTH = { type: String, pattern: '^\\d{4}-\\d{2}$', nullable: true, example: '2024-05' };
const COUNT = { type: 'integer', minimum: 0 } as const;
const DECIMAL = '^\\d+(\\.\\d{4})?$';

export class PlanView {
  @ApiProperty({ format: 'uuid' }) leadId!: string;
  @ApiProperty({ type: 'integer', example: 2024 }) year!: number;
  @ApiProperty(wan('年度计划投资', '52000.0000')) plannedInvestmentWan!: string;
  @ApiProperty({ ...MONTH, description: '计划开工月份' }) plannedStartMonth!: string | null;
  @ApiProperty({ ...MONTH, example: '2025-06', description: '计划投产月份' }) plannedProductionMonth!:
    string | null;
  @ApiProperty({ enum: BUILD_TYPES, description: '新建 / 续建' }) buildType!: string;
  @ApiProperty({ enum: PLAN_CATEGORIES, description: '产业类 / 基础设施类' }) category!: string;
  @ApiProperty({ description: '省级重点工程' }) provincialKey!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) updatedBy!: string | null;
}

export class PlanListItemView extends PlanView {
  @ApiProperty({ example: '晶科光伏组件项目' }) projectName!: string;
  @ApiProperty({ example: '晶科能源（太原）有限公司' }) companyName!: string;
  @ApiProperty({ enum: TRACK_CODES }) track!: string;
  @ApiProperty({ enum: PARK_CODES, nullable: true, type: String }) park!: string | null;
  @ApiProperty({ enum: STAGE_CODES }) stage!: string;
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '开工日期' })
  constructionStartedAt!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '投产日期' })
  productionStartedAt!: string | null;
  @ApiProperty(wan('投资完成额 recorded for months of the year', '12000.0000')) completedWan!: string;
}

class PlanListSumsView {
  @ApiProperty(COUNT) projects!: number;
  @ApiProperty(wan('年度计划投资 of every plan the filters select')) plannedInvestmentWan!: string;
  @ApiProperty(wan('the same in 亿元', '50.0000')) plannedInvestmentYi!: string;
  @ApiProperty(wan('of which 新建')) newBuildInvestmentWan!: string;
  @ApiProperty(wan('投资完成额 in the year')) completedWan!: string;
}

export class PlanPageView {
  @ApiProperty({ type: [PlanListItemView] }) items!: PlanListItemView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ type: PlanListSumsView, description: 'sums over all pages' }) sums!: PlanListSumsView;
}

class RateView {
  @ApiProperty({ pattern: DECIMAL, description: 'a count, or 万元 with 4 fraction digits', example: '45' })
  numerator!: string;
  @ApiProperty({ pattern: DECIMAL, example: '50' }) denominator!: string;
  @ApiProperty(ratioOrNull('numerator ÷ denominator; null when the denominator is 0')) ratio!: string | null;
}

class PlanFiguresView {
  @ApiProperty(COUNT) projects!: number;
  @ApiProperty(wan('年度计划投资', '2322000.0000')) plannedInvestmentWan!: string;
  @ApiProperty(wan('年度计划投资 in 亿元', '232.2000')) plannedInvestmentYi!: string;
  @ApiProperty(wan('of which 新建', '952020.0000')) newBuildInvestmentWan!: string;
  @ApiProperty(ratioOrNull('新建 ÷ all planned investment')) newBuildShare!: string | null;
  @ApiProperty(wan('投资完成额 in the year')) completedWan!: string;
  @ApiProperty(wan('投资完成额 in 亿元', '77.0900')) completedYi!: string;
  @ApiProperty({
    type: RateView,
    description: '开工率: started construction in the year ÷ planned to start in the year',
  })
  startRate!: RateView;
  @ApiProperty({
    type: RateView,
    description: '投资完成率: 投资完成额 in the year ÷ the year’s planned investment',
  })
  investmentCompletionRate!: RateView;
}

class PlanMonthView {
  @ApiProperty({ type: String, pattern: '^\\d{4}-\\d{2}$', example: '2024-03' }) month!: string;
  @ApiProperty({ ...COUNT, description: 'planned to start by the end of the month' }) plannedToStart!: number;
  @ApiProperty({ ...COUNT, description: 'started by the end of the month' }) started!: number;
  @ApiProperty(wan('投资完成额 from January to the end of the month')) completedWan!: string;
  @ApiProperty(ratioOrNull('started so far ÷ the year’s planned to start')) startRatio!: string | null;
  @ApiProperty(ratioOrNull('completed so far ÷ the year’s planned investment')) completionRatio!:
    string | null;
}

class PlanCategoryView extends PlanFiguresView {
  @ApiProperty({ enum: PLAN_CATEGORIES }) category!: string;
}
class PlanBuildTypeView extends PlanFiguresView {
  @ApiProperty({ enum: BUILD_TYPES }) buildType!: string;
}

class PlanYearView extends PlanFiguresView {
  @ApiProperty({ type: 'integer', example: 2023 }) year!: number;
  @ApiProperty({ type: [PlanMonthView], description: 'January to December, running totals' })
  byMonth!: PlanMonthView[];
}

export class PlanReportView extends PlanYearView {
  @ApiProperty({ type: Boolean, nullable: true, description: 'the 省级重点工程 filter; null: all projects' })
  provincialKey!: boolean | null;
  @ApiProperty({ type: [PlanCategoryView] }) byCategory!: PlanCategoryView[];
  @ApiProperty({ type: [PlanBuildTypeView] }) byBuildType!: PlanBuildTypeView[];
  @ApiProperty({ type: PlanYearView, description: 'the year before (同比)' }) lastYear!: PlanYearView;
  @ApiProperty({
    example: '50个省级重点工程项目，开工率89.9%，投资完成率33.2%，年度计划投资232.2亿元，其中新建占41%',
    description: 'the figures as the zone writes them',
  })
  statement!: string;
}
