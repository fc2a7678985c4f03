// Enumerations of relationship kinds, mapped from the graph's relationship types.
import { registerEnumType } from 'type-graphql';

export enum AppointmentAction { APPOINT = 'APPOINT', REMOVE = 'REMOVE', NOMINATE = 'NOMINATE' }
export enum PortfolioRelation { PRESIDES = 'PRESIDES', SUPERVISES = 'SUPERVISES', LIAISES = 'LIAISES', RESPONSIBLE_FOR = 'RESPONSIBLE_FOR', BACKUP = 'BACKUP' }
export enum SupersessionRelation { REPEALS = 'REPEALS', REPLACES = 'REPLACES', AMENDS = 'AMENDS' }
export enum TaskRole { LEAD = 'lead', RESPONSIBLE = 'responsible', COOPERATING = 'cooperating' }
export enum SearchKind { DOCUMENT = 'DOCUMENT', TASK = 'TASK', PROGRAMME = 'PROGRAMME' }

registerEnumType(AppointmentAction, { name: 'AppointmentAction', description: 'appointed to, removed from or nominated for a post' });
registerEnumType(PortfolioRelation, { name: 'PortfolioRelation', description: 'how a leader relates to a unit, area or colleague' });
registerEnumType(SupersessionRelation, { name: 'SupersessionRelation' });
registerEnumType(TaskRole, { name: 'TaskRole', description: 'lead unit (牵头单位), responsible (责任单位) or cooperating (配合单位)' });
registerEnumType(SearchKind, { name: 'SearchKind' });

const APPOINTMENT: Record<string, AppointmentAction> = {
  APPOINTED_TO: AppointmentAction.APPOINT, REMOVED_FROM: AppointmentAction.REMOVE, NOMINATED_FOR: AppointmentAction.NOMINATE,
};
const PORTFOLIO: Record<string, PortfolioRelation> = {
  PRESIDES_OVER: PortfolioRelation.PRESIDES, SUPERVISES: PortfolioRelation.SUPERVISES, LIAISES_WITH: PortfolioRelation.LIAISES,
  RESPONSIBLE_FOR: PortfolioRelation.RESPONSIBLE_FOR, BACKUP_OF: PortfolioRelation.BACKUP,
};

export const appointmentAction = (type: string) => APPOINTMENT[type] ?? AppointmentAction.APPOINT;
export const portfolioRelation = (type: string) => PORTFOLIO[type] ?? PortfolioRelation.LIAISES;
export const supersessionRelation = (type: string) => type as SupersessionRelation;
