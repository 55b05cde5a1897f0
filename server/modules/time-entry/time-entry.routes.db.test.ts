import { expect } from 'vitest';
import { signInAgain } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact, mailsTo } from '../../test/portal-builders.ts';
import { setPermissions } from '../../test/portal-document-builders.ts';
import { setPortalSettings } from '../../test/portal-order-builders.ts';
import { createTestProject, logTime, taskId } from '../../test/project-builders.ts';

describeOnEachDialect('time approval and timers for staff', { startAt: '2026-12-02T10:00:00.000Z' }, (it) => {
  it('submits time for approval, mails the approvers, and answers a contact’s query back to awaiting approval', async ({ t, staff }) => {
    const approver = await acceptedContact(t, staff, { language: 'de', name: 'Globex' });
    await setPermissions(staff, approver.contactId, ['view_documents', 'approve_estimates']);
    const project = await createTestProject(staff, { name: 'Relaunch', tasks: [{ name: 'Design' }, { name: 'Meetings', billable: false }] }, approver.customerId);
    const a = await logTime(staff, project, 'Design', 90);
    const b = await logTime(staff, project, 'Design', 30, { work_date: '2026-11-30' });
    const internal = await logTime(staff, project, 'Meetings', 60);
    const unbillable = await logTime(staff, project, 'Design', 15, { billable: false });

    const off = await staff.client.post('/api/v1/time-entries/submit', { entry_ids: [a.id] });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe('STATE_CONFLICT');

    await setPortalSettings(staff, { show_projects: true, allow_time_entry_approval: true });
    await t.deliverMail();
    const before = (await t.deliverMail()).length;
    const unknown = await staff.client.post('/api/v1/time-entries/submit', { entry_ids: [a.id, 'nope'] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.details[0].field).toBe('entry_ids.1');
    const empty = await staff.client.post('/api/v1/time-entries/submit', { entry_ids: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('entry_ids');

    const submitted = await staff.client.post('/api/v1/time-entries/submit', { entry_ids: [a.id, b.id, internal.id, unbillable.id] });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toEqual({ submitted: 2 });
    expect((await staff.client.get(`/api/v1/time-entries/${a.id}`)).json()).toMatchObject({ status: 'awaiting_approval', submitted_at: '2026-12-02T10:00:00.000Z' });
    expect((await staff.client.get(`/api/v1/time-entries/${internal.id}`)).json().status).toBe('unbilled');
    expect((await staff.client.post('/api/v1/time-entries/submit', { entry_ids: [a.id] })).json()).toEqual({ submitted: 0 });
    const mails = mailsTo((await t.deliverMail()).slice(before), approver.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Zeiten im Projekt Relaunch warten auf Ihre Freigabe');
    expect(mails[0]!.text).toContain('2 Zeiteinträge (2 Std. 0 Min.) des Projekts Relaunch zur Freigabe vorgelegt');
    expect(mails[0]!.text).toContain(`/portal/${staff.organization.slug}/projects/${project.id}?lang=de`);
    expect((await staff.client.get(`/api/v1/projects/${project.id}`)).json().awaiting_approval_count).toBe(2);

    // The contact queries one entry in the portal; staff see the comment and answer it.
    const queried = await approver.client.post(`${approver.api}/projects/${project.id}/time-entries/${a.id}/query`, { comment: 'Was this really 90 minutes?' });
    expect(queried.statusCode, queried.body).toBeLessThan(300);
    const seen = (await staff.client.get(`/api/v1/time-entries?project_id=${project.id}&status=queried`)).json().data;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id: a.id, status: 'queried', last_query: { comment: 'Was this really 90 minutes?', actor_name: 'Casey Contact' } });
    expect((await staff.client.post(`/api/v1/time-entries/${b.id}/answer`, { comment: 'n/a' })).statusCode).toBe(409);
    const noComment = await staff.client.post(`/api/v1/time-entries/${a.id}/answer`, { comment: ' ' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.details[0].field).toBe('comment');
    const sentBefore = (await t.deliverMail()).length;
    const answered = await staff.client.post(`/api/v1/time-entries/${a.id}/answer`, { comment: 'Right, it was 75.', duration_minutes: 75 });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'awaiting_approval', duration_minutes: 75 });
    expect((await staff.client.post(`/api/v1/time-entries/${a.id}/answer`, { comment: 'again' })).statusCode).toBe(409);
    const events = (await staff.client.get(`/api/v1/time-entries/${a.id}/events`)).json().data;
    expect(events.map((event: { type: string }) => event.type)).toEqual(['created', 'submitted', 'queried', 'answered']);
    expect(events[3]).toMatchObject({ actor_type: 'staff', actor_name: 'Owner Person', comment: 'Right, it was 75.' });
    const answerMails = mailsTo((await t.deliverMail()).slice(sentBefore), approver.email);
    expect(answerMails).toHaveLength(1);
    expect(answerMails[0]!.subject).toContain('hat Ihre Rückfrage zu Zeiten im Projekt Relaunch beantwortet');
    expect(answerMails[0]!.text).toContain('Right, it was 75.');

    // A staff edit of an awaiting entry sends it back to unbilled.
    const current = (await staff.client.get(`/api/v1/time-entries/${b.id}`)).json();
    const edited = await staff.client.patch(`/api/v1/time-entries/${b.id}`, { notes: 'Kick-off', version: current.version });
    expect(edited.json()).toMatchObject({ status: 'unbilled', submitted_at: null, notes: 'Kick-off' });
    expect(taskId(project, 'Design')).toBeTruthy();
  });

  it('runs one timer per staff member, also when two starts race, and stops it into a rounded-up entry on the organization’s date', async ({ t, staff, clock }) => {
    await setPortalSettings(staff, { time_zone: 'Pacific/Auckland' });
    const project = await createTestProject(staff);
    const design = taskId(project, 'Design');
    expect((await staff.client.get('/api/v1/timer')).json()).toEqual({ timer: null });
    expect((await staff.client.post('/api/v1/timer/stop')).statusCode).toBe(404);

    const [first, second] = await Promise.all([
      staff.client.post('/api/v1/timer', { project_id: project.id, task_id: design, notes: 'Wireframes' }),
      staff.client.post('/api/v1/timer', { project_id: project.id, task_id: taskId(project, 'Build') }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    expect(await t.ctx.db.selectFrom('timers').select('id').where('staff_user_id', '=', staff.user.id).execute()).toHaveLength(1);
    const again = await staff.client.post('/api/v1/timer', { project_id: project.id, task_id: design });
    expect(again.statusCode).toBe(409);
    expect((await staff.client.delete('/api/v1/timer')).statusCode).toBe(204);

    // 11:30 UTC on 2 December is 00:30 on 3 December in Auckland.
    clock.set('2026-12-02T11:30:00.000Z');
    await signInAgain(staff);
    const started = await staff.client.post('/api/v1/timer', { project_id: project.id, task_id: design, notes: 'Wireframes' });
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({ timer: { project: { id: project.id }, task: { id: design, name: 'Design' }, notes: 'Wireframes', billable: true, started_at: '2026-12-02T11:30:00.000Z' } });
    clock.set('2026-12-02T11:52:01.000Z');
    const stopped = await staff.client.post('/api/v1/timer/stop');
    expect(stopped.statusCode).toBe(201);
    expect(stopped.json()).toMatchObject({ duration_minutes: 23, work_date: '2026-12-03', notes: 'Wireframes', status: 'unbilled', task: { id: design } });
    expect((await staff.client.get('/api/v1/timer')).json()).toEqual({ timer: null });
    expect((await staff.client.post('/api/v1/timer/stop')).statusCode).toBe(404);

    const bad = await staff.client.post('/api/v1/timer', { project_id: project.id });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('task_id');
    const brief = await staff.client.post('/api/v1/timer', { project_id: project.id, task_id: design });
    expect(brief.statusCode).toBe(201);
    expect((await staff.client.post('/api/v1/timer/stop')).json().duration_minutes).toBe(1);
  });
});
