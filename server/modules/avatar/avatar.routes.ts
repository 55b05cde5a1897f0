import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { contactOf, portalOf, requireContact } from '../../http/auth.ts';
import { errorResponse } from '../../http/schemas.ts';
import { AppError } from '../../lib/app-error.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { AVATAR_BROWSER_SECONDS, avatarKey, avatarKeyPattern } from './avatar.ts';
import { getAvatar } from './avatar.service.ts';

const params = z.object({ slug: z.string(), key: z.string().regex(avatarKeyPattern) });

/**
 * The signed-in contact's own Gravatar picture, served by Portico (docs/security.md, "Avatars"). The key
 * must be the contact's own: another key, a portal with Gravatar off and an address without a picture
 * are all the same 404, so the route tells nothing about anybody else.
 */
export function portalAvatarRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/avatars/:key',
      {
        preHandler: [requireContact(ctx)],
        schema: {
          tags: ['portal: my account'],
          summary: 'The signed-in contact’s picture (PNG or JPEG), as Gravatar has it; 404 when there is none',
          params,
          response: { 401: errorResponse, 403: errorResponse, 404: errorResponse },
        },
      },
      async (request, reply) => {
        const contact = contactOf(request);
        const own = Buffer.from(avatarKey(ctx.secret, contact.identity.email));
        const asked = Buffer.from(request.params.key);
        const enabled = parsePortalSettings(portalOf(request).portal_settings).gravatar_enabled;
        const picture = enabled && own.length === asked.length && timingSafeEqual(own, asked) ? await getAvatar(ctx, contact.identity.email) : { found: false as const };
        if (!picture.found) {
          void reply.header('cache-control', `private, max-age=${AVATAR_BROWSER_SECONDS.none}`);
          throw new AppError('NOT_FOUND', 'No picture');
        }
        return sendPicture(reply, picture);
      },
    );
  };
}

/** The picture for the browser to keep a day: private, as it is only for the signed-in contact. */
function sendPicture(reply: FastifyReply, picture: { contentType: string; bytes: Buffer }): FastifyReply {
  return reply
    .header('content-type', picture.contentType)
    .header('content-length', String(picture.bytes.length))
    .header('cache-control', `private, max-age=${AVATAR_BROWSER_SECONDS.found}`)
    .send(picture.bytes);
}
