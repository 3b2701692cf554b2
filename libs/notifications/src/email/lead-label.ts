/** How emails name a project: company and project together (several firms run a 风电主轴生产线). */
export function projectLabel(companyName: string, projectName: string): string {
  return `${companyName}·${projectName}`;
}

/** "将于3天后到期", "将于明天到期", "今天到期", "已逾期2天": a stage deadline seen from today. */
export function deadlinePhrase(daysLeft: number): string {
  if (daysLeft > 1) return `将于${daysLeft}天后到期`;
  if (daysLeft === 1) return '将于明天到期';
  if (daysLeft === 0) return '今天到期';
  return `已逾期${-daysLeft}天`;
}
