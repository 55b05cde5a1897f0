import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.ts';
import { STAFF_COOKIE } from '../../http/auth.ts';
import type { IssuedSession } from '../session/session.service.ts';

export function setStaffCookie(ctx: AppContext, reply: FastifyReply, session: IssuedSession): void {
  void reply.setCookie(STAFF_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https://'),
    maxAge: ctx.config.sessionAbsoluteTimeoutSeconds,
  });
}

export function clearStaffCookie(ctx: AppContext, reply: FastifyReply): void {
  void reply.clearCookie(STAFF_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.config.publicUrl.startsWith('https://') });
}
