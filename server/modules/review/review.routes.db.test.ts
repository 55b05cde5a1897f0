import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact, mailsTo, type SignedInContact } from '../../test/portal-builders.ts';
import type { TestApp } from '../../test/test-app.ts';

async function allowReviews(staff: SignedUpStaff, period: 'once' | 'month' | 'quarter' | 'year' = 'quarter'): Promise<void> {
  const response = await staff.client.patch('/api/v1/portal/settings', { allow_reviews: true, review_period: period });
  if (response.statusCode !== 200) throw new Error(`settings: ${response.body}`);
}

async function review(contact: SignedInContact, rating: unknown, body = 'Friendly and quick') {
  return contact.client.post(`${contact.api}/reviews`, { rating, body });
}

async function reviewedContact(t: TestApp, staff: SignedUpStaff, rating: number, options: { language?: string; name?: string } = {}) {
  const contact = await acceptedContact(t, staff, options);
  const response = await review(contact, rating, `Rated ${rating}`);
  if (response.statusCode !== 201) throw new Error(`review: ${response.body}`);
  return { contact, review: response.json<{ id: string }>() };
}

describeOnEachDialect('reviews', { startAt: '2026-11-30T23:40:00.000Z' }, (it) => {
  it('takes one review per contact and period, and another in the next period', async ({ t, staff }) => {
    await allowReviews(staff, 'month');
    const contact = await acceptedContact(t, staff, { name: 'Globex' });
    const before = (await contact.client.get(`${contact.api}/reviews`)).json();
    expect(before).toMatchObject({ can_review: true, period: 'month', period_key: '2026-11', next_period_starts: '2026-12-01', current: null, data: [] });

    const first = await review(contact, 4, 'Good work');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ rating: 4, body: 'Good work', period_key: '2026-11', reply: null });
    const second = await review(contact, 5, 'Even better');
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('CONFLICT');
    const after = (await contact.client.get(`${contact.api}/reviews`)).json();
    expect(after).toMatchObject({ can_review: false, current: { id: first.json().id } });
    expect(after.data).toHaveLength(1);

    t.clock.advance(25 * 60);
    const next = await review(contact, 5, 'Even better');
    expect(next.statusCode).toBe(201);
    expect(next.json().period_key).toBe('2026-12');
    const listed = (await contact.client.get(`${contact.api}/reviews`)).json();
    expect(listed.data.map((row: { period_key: string }) => row.period_key)).toEqual(['2026-12', '2026-11']);
  });

  it('keys the period by the organization’s calendar', async ({ t, staff }) => {
    expect((await staff.client.patch('/api/v1/portal/settings', { time_zone: 'Pacific/Auckland' })).statusCode).toBe(200);
    await allowReviews(staff, 'month');
    const contact = await acceptedContact(t, staff);
    // 30 November 23:40 UTC is already 1 December in Auckland.
    expect((await contact.client.get(`${contact.api}/reviews`)).json()).toMatchObject({ period_key: '2026-12', next_period_starts: '2027-01-01' });
  });

  it('lets only one of two reviews sent at once through', async ({ t, staff }) => {
    await allowReviews(staff, 'once');
    const contact = await acceptedContact(t, staff);
    const answers = await Promise.all([review(contact, 5, 'First'), review(contact, 3, 'Second')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect((await contact.client.get(`${contact.api}/reviews`)).json().data).toHaveLength(1);
  });

  it('refuses ratings outside 1–5 and fractions, naming rating', async ({ t, staff }) => {
    await allowReviews(staff);
    const contact = await acceptedContact(t, staff);
    for (const rating of [0, 6, 2.5, '4', null]) {
      const response = await review(contact, rating);
      expect(response.statusCode, String(rating)).toBe(400);
      expect(response.json().error.details[0].field).toBe('rating');
    }
    const empty = await review(contact, 4, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe('body');
    expect((await review(contact, 1)).statusCode).toBe(201);
  });

  it('does not exist while the portal does not allow reviews', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    expect((await contact.client.get(`${contact.api}/reviews`)).statusCode).toBe(404);
    expect((await review(contact, 5)).statusCode).toBe(404);
    await allowReviews(staff);
    expect((await contact.client.get(`${contact.api}/reviews`)).statusCode).toBe(200);
  });

  it('notifies staff of a new review', async ({ t, staff }) => {
    await allowReviews(staff);
    await reviewedContact(t, staff, 2, { name: 'Initech' });
    const notifications = (await staff.client.get('/api/v1/notifications')).json().data;
    expect(notifications[0]).toMatchObject({ event_type: 'portal.review_submitted', message_code: 'review.submitted', message: 'Casey Contact (Initech) rated you 2 of 5: Rated 2' });
  });

  it('lets staff filter, reply (the contact is mailed in its language and sees the reply) and summarize', async ({ t, staff }) => {
    await allowReviews(staff);
    const five = await reviewedContact(t, staff, 5, { language: 'de' });
    const four = await reviewedContact(t, staff, 4);
    const two = await reviewedContact(t, staff, 2);
    const all = (await staff.client.get('/api/v1/reviews')).json();
    expect(all.data.map((row: { id: string }) => row.id)).toEqual([two.review.id, four.review.id, five.review.id]);
    expect(all.data[0]).toMatchObject({ rating: 2, customer: { id: two.contact.customerId }, contact: { id: two.contact.contactId, name: 'Casey Contact' }, reply: null, replied_by: null });

    const reply = await staff.client.post(`/api/v1/reviews/${five.review.id}/reply`, { reply: 'Vielen Dank!' });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ reply: 'Vielen Dank!', replied_by: { id: staff.user.id } });
    const mail = mailsTo(await t.deliverMail(), five.contact.email).at(-1);
    expect(mail?.subject).toBe(`${staff.organization.name} hat auf Ihre Bewertung geantwortet`);
    expect(mail?.text).toContain('Vielen Dank!');
    expect(mail?.text).toContain(`/portal/${staff.organization.slug}/reviews`);
    const portal = (await five.contact.client.get(`${five.contact.api}/reviews`)).json();
    expect(portal.current).toMatchObject({ id: five.review.id, reply: 'Vielen Dank!' });
    expect(portal.current.replied_at).toBeTruthy();

    const byRating = (await staff.client.get('/api/v1/reviews?rating=4')).json().data;
    expect(byRating.map((row: { id: string }) => row.id)).toEqual([four.review.id]);
    const replied = (await staff.client.get('/api/v1/reviews?replied=true')).json().data;
    expect(replied.map((row: { id: string }) => row.id)).toEqual([five.review.id]);
    const unreplied = (await staff.client.get('/api/v1/reviews?replied=false')).json().data;
    expect(unreplied).toHaveLength(2);
    const ofCustomer = (await staff.client.get(`/api/v1/reviews?customer_id=${two.contact.customerId}`)).json().data;
    expect(ofCustomer.map((row: { id: string }) => row.id)).toEqual([two.review.id]);
    expect((await staff.client.get('/api/v1/reviews?from=2026-11-30&to=2026-11-30')).json().data).toHaveLength(3);
    expect((await staff.client.get('/api/v1/reviews?from=2026-12-01')).json().data).toHaveLength(0);
    expect((await staff.client.get('/api/v1/reviews?rating=6')).statusCode).toBe(400);

    const summary = (await staff.client.get('/api/v1/reviews/summary')).json();
    expect(summary).toEqual({ count: 3, average: 3.67, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 } });
    expect((await staff.client.get('/api/v1/reviews/summary?to=2026-11-29')).json()).toEqual({ count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
  });

  it('keeps each organization’s reviews to itself', async ({ t, staff }) => {
    await allowReviews(staff);
    const { review: mine } = await reviewedContact(t, staff, 5);
    const other = await signUpStaff(t.app);
    expect((await other.client.post(`/api/v1/reviews/${mine.id}/reply`, { reply: 'Hi' })).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/reviews')).json().data).toEqual([]);
    expect((await other.client.get('/api/v1/reviews/summary')).json().count).toBe(0);
  });
});
