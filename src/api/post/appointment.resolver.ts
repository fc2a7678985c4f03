// Appointment: the organization of the post and the document that made it.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { documentsByKey } from '../../graph/readers/document';
import { postOrganizations } from '../../graph/readers/post';
import type { ApiContext } from '../context';
import { Document } from '../document/document.type';
import { Organization } from '../organization/organization.type';
import { Appointment } from './appointment.type';

@Resolver(() => Appointment)
export class AppointmentResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The unit of the post.' })
  organization(@Root() a: Appointment, @Ctx() ctx: ApiContext) {
    return ctx.loaders.load(postOrganizations, a.post.key);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document that made the appointment or removal.' })
  document(@Root() a: Appointment, @Ctx() ctx: ApiContext) {
    return a.documentKey ? ctx.loaders.load(documentsByKey, a.documentKey) : null;
  }
}
