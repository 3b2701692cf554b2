import type { components, paths } from './schema';

/** The API's shapes, as the generated OpenAPI types name them. */
type Schemas = components['schemas'];
export type Lead = Schemas['LeadView'];
export type LeadPage = Schemas['LeadPageView'];
export type Activity = Schemas['ActivityView'];
export type FeedActivity = Schemas['FeedActivityView'];
export type Transition = Schemas['TransitionView'];
export type Investment = Schemas['InvestmentView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type ImportReport = Schemas['ImportReportView'];
export type TargetProgress = Schemas['TargetProgressView'];
export type Target = Schemas['TargetView'];
export type Notification = Schemas['NotificationDto'];
export type LeadCounts = Schemas['LeadCountsView'];
export type DirectoryEntry = Schemas['DirectoryEntryView'];

export type LeadListQuery = NonNullable<paths['/api/v1/leads']['get']['parameters']['query']>;

/** A user as GET /users lists them (admins). */
export interface UserAccount {
  id: string;
  email: string;
  name: string;
  role: 'staff' | 'supervisor' | 'admin';
  active: boolean;
  createdAt?: string;
}

export type FunnelReport = Schemas['FunnelReportView'];
export type OverdueReport = Schemas['OverdueReportView'];
export type BatchesReport = Schemas['BatchesReportView'];
export type KpisReport = Schemas['KpisReportView'];
export type SigningsReport = Schemas['SigningsReportView'];
