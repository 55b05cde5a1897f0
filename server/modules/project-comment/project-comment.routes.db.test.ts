import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { notificationTypes } from '../../test/portal-document-builders.ts';
import { projectContact, seedProject, showProjects } from '../../test/portal-project-builders.ts';

describeOnEachDialect('project comments', (it) => {
  it('shows staff replies in the portal only when displayed there, and mails the customer about those', async ({ t, staff }) => {
    await showProjects(staff);
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId, { name: 'Website relaunch' });
    await t.deliverMail();
    const staffPath = `/api/v1/projects/${seeded.project.id}/comments`;

    const asked = await c.client.post(`${c.project(seeded.project.id)}/comments`, { body: 'When is the next demo?' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ author_type: 'contact', author_name: 'Casey Contact', display_in_portal: true });
    expect(await notificationTypes(staff)).toContain('portal.comment_added');

    const internal = await staff.client.post(staffPath, { body: 'Ask design first', display_in_portal: false });
    expect(internal.statusCode, internal.body).toBe(201);
    const reply = await staff.client.post(staffPath, { body: 'Thursday at 10', display_in_portal: true });
    expect(reply.json()).toMatchObject({ author_type: 'staff', author_name: 'Owner Person', display_in_portal: true });

    const everything = (await staff.client.get(staffPath)).json();
    expect(everything.data.map((comment: { body: string }) => comment.body)).toEqual(['When is the next demo?', 'Ask design first', 'Thursday at 10']);
    const portal = (await c.client.get(`${c.project(seeded.project.id)}/comments`)).json();
    expect(portal.data.map((comment: { body: string }) => comment.body)).toEqual(['When is the next demo?', 'Thursday at 10']);

    const mails = (await t.deliverMail()).filter((mail) => mail.to === c.email && mail.subject.includes('comment'));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain('Thursday at 10');
    expect(mails[0]?.text).toContain('Website relaunch');
    expect(mails[0]?.text).toContain(`/projects/${seeded.project.id}`);
  });

  it('mails nobody when the setting is off, and refuses an empty comment naming body', async ({ t, staff }) => {
    await showProjects(staff, { emailOnStaffComment: false });
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId);
    await t.deliverMail();
    expect((await staff.client.post(`/api/v1/projects/${seeded.project.id}/comments`, { body: 'Shown', display_in_portal: true })).statusCode).toBe(201);
    expect((await t.deliverMail()).filter((mail) => mail.to === c.email && mail.subject.includes('comment'))).toEqual([]);
    const empty = await c.client.post(`${c.project(seeded.project.id)}/comments`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('body');
  });

  it('keeps threads to their own organization and customer, and to portals that show projects', async ({ t, staff }) => {
    const c = await projectContact(t, staff);
    const seeded = await seedProject(t, staff, c.customerId);
    expect((await c.client.get(`${c.project(seeded.project.id)}/comments`)).statusCode).toBe(404);
    expect((await c.client.post(`${c.project(seeded.project.id)}/comments`, { body: 'Hello' })).statusCode).toBe(404);
    await showProjects(staff);
    const other = await projectContact(t, staff);
    expect((await other.client.get(`${other.project(seeded.project.id)}/comments`)).statusCode).toBe(404);
    expect((await other.client.post(`${other.project(seeded.project.id)}/comments`, { body: 'Hello' })).statusCode).toBe(404);
    const stranger = await signUpStaff(t.app);
    expect((await stranger.client.get(`/api/v1/projects/${seeded.project.id}/comments`)).statusCode).toBe(404);
    expect((await stranger.client.post(`/api/v1/projects/${seeded.project.id}/comments`, { body: 'Hi', display_in_portal: true })).statusCode).toBe(404);
  });
});
