// Reader records → GraphQL values, for the link types several resolvers return.
import type { AppointmentRecord, PortfolioRecord, SignatureRecord, SupersessionRecord, TaskOrg } from '../../graph/readers/shapes';
import { appointmentAction, portfolioRelation, supersessionRelation, type TaskRole } from './enums';
import { provenanceOf } from './provenance';
import type { Appointment } from '../post/appointment.type';
import type { Portfolio } from '../person/portfolio.type';
import type { Signature } from '../document/signature.type';
import type { Supersession } from '../supersession/supersession.type';
import type { TaskUnit } from '../task/links';

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export const toAppointment = (r: AppointmentRecord): Appointment => ({
  action: appointmentAction(r.relation), person: r.person, post: r.post, on: str(r.rel.on),
  provenance: provenanceOf(r.rel), documentKey: str(r.rel.document),
});

export const toSignature = (r: SignatureRecord): Signature => ({
  person: r.person, document: r.document, title: str(r.rel.title) ?? '', provenance: provenanceOf(r.rel),
});

export const toPortfolio = (r: PortfolioRecord): Portfolio => ({
  person: r.person, relation: portfolioRelation(r.relation), organization: r.organization ?? null, area: r.area ?? null,
  backupOf: r.other ?? null, since: str(r.rel.since), provenance: provenanceOf(r.rel), documentKey: str(r.rel.document),
});

export const toSupersession = (r: SupersessionRecord): Supersession => ({
  relation: supersessionRelation(r.relation), from: r.from, to: r.to, on: str(r.rel.on) ?? r.from.issuedOn, provenance: provenanceOf(r.rel),
});

export const toTaskUnit = (r: TaskOrg): TaskUnit => ({
  organization: r.organization, role: r.role as TaskRole, mention: str(r.rel.mention), provenance: provenanceOf(r.rel),
});
