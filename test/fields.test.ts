import {expect} from '@open-wc/testing';
import {
  charCount,
  checkEmail,
  checkPhone,
  emptyValues,
  fieldNames,
  toSignupData,
  validate,
  validateField,
  type FormValues,
} from '../src/widgets/buddy-signup/fields.js';

const valid = (overrides: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues(),
  age: 'adult',
  role: 'find',
  name: 'Sam',
  channel: 'email',
  email: 'sam@example.org',
  mentionClinic: 'no',
  consent: true,
  ...overrides,
});

describe('buddy-signup fields', () => {
  describe('checkEmail', () => {
    const cases: [string, string | undefined][] = [
      ['sam@example.org', undefined],
      ['  sam@example.org  ', undefined],
      ['first.last+buddy@mail.example.co.uk', undefined],
      ['', 'email.required'],
      ['   ', 'email.required'],
      ['sam', 'email.invalid'],
      ['sam@', 'email.invalid'],
      ['@example.org', 'email.invalid'],
      ['sam@example', 'email.invalid'],
      ['sam@example.o', 'email.invalid'],
      ['sam@@example.org', 'email.invalid'],
      ['sam@example..org', 'email.invalid'],
      ['sam smith@example.org', 'email.invalid'],
      [`${'a'.repeat(250)}@example.org`, 'email.too-long'],
    ];
    for (const [input, expected] of cases) {
      it(`"${input.slice(0, 40)}" gives ${String(expected)}`, () => {
        expect(checkEmail(input)).to.equal(expected);
      });
    }
  });

  describe('checkPhone', () => {
    const cases: [string, string | undefined][] = [
      ['5550104477', undefined],
      ['+1 (555) 010-4477', undefined],
      ['555.010.4477', undefined],
      ['555 0104', undefined],
      ['+44 20 7946 0000', undefined],
      ['123456789012345', undefined],
      ['', 'phone.required'],
      ['  ', 'phone.required'],
      ['555010', 'phone.invalid'],
      ['1234567890123456', 'phone.invalid'],
      ['++15550104477', 'phone.invalid'],
      ['555+0104477', 'phone.invalid'],
      ['555-010-4477 ext 3', 'phone.invalid'],
      ['call me maybe', 'phone.invalid'],
      ['<script>5550104477</script>', 'phone.invalid'],
      ['5 5 5 0 1 0 4 4 7 7 1 2 3 4', 'phone.invalid'],
    ];
    for (const [input, expected] of cases) {
      it(`"${input}" gives ${String(expected)}`, () => {
        expect(checkPhone(input)).to.equal(expected);
      });
    }
  });

  describe('validate', () => {
    const cases: [string, Partial<FormValues>, Record<string, string>][] = [
      [
        'an empty form',
        emptyValues(),
        {
          age: 'age.required',
          role: 'role.required',
          name: 'name.required',
          channel: 'channel.required',
          mentionClinic: 'mention.required',
          consent: 'consent.required',
        },
      ],
      ['a complete form', valid(), {}],
      ['a visitor under 18', valid({age: 'under-18'}), {age: 'age.under-18'}],
      ['a name of spaces', valid({name: '   '}), {name: 'name.required'}],
      ['a 50-character name', valid({name: ` ${'n'.repeat(50)} `}), {}],
      ['a 51-character name', valid({name: 'n'.repeat(51)}), {name: 'name.too-long'}],
      ['email chosen, none given', valid({email: ''}), {email: 'email.required'}],
      ['email chosen, bad phone ignored', valid({phone: 'nope'}), {}],
      ['text chosen, no phone', valid({channel: 'text'}), {phone: 'phone.required'}],
      ['call chosen, bad phone', valid({channel: 'call', phone: '12'}), {phone: 'phone.invalid'}],
      ['text chosen, good phone', valid({channel: 'text', phone: '+1 555 010 4477'}), {}],
      ['a 500-character note', valid({note: 'x'.repeat(500)}), {}],
      ['a 501-character note', valid({note: 'x'.repeat(501)}), {note: 'note.too-long'}],
      ['a note of 500 emoji', valid({note: '🙂'.repeat(500)}), {}],
      ['a 101-character program', valid({program: 'p'.repeat(101)}), {program: 'program.too-long'}],
      ['consent not given', valid({consent: false}), {consent: 'consent.required'}],
      ['no mention choice', valid({mentionClinic: ''}), {mentionClinic: 'mention.required'}],
    ];
    for (const [name, values, expected] of cases) {
      it(`${name} gives ${JSON.stringify(expected)}`, () => {
        expect(validate({...emptyValues(), ...values})).to.deep.equal(expected);
      });
    }

    it('checks one field alone', () => {
      expect(validateField('name', emptyValues())).to.equal('name.required');
      expect(validateField('times', emptyValues())).to.equal(undefined);
    });
  });

  describe('toSignupData', () => {
    it('trims, keeps only the chosen contact and leaves out empty optional fields', () => {
      const data = toSignupData(
        valid({
          name: '  Sam  ',
          email: ' sam@example.org ',
          phone: '5550104477',
          program: '   ',
          note: '  See you there ',
          times: ['weekends', 'mornings', 'midnight' as never, 'mornings'],
          support: ['activities', 'emotional'],
        }),
      );
      expect(data).to.deep.equal({
        role: 'find',
        name: 'Sam',
        channel: 'email',
        email: 'sam@example.org',
        mayNameClinic: false,
        times: ['mornings', 'weekends'],
        support: ['emotional', 'activities'],
        note: 'See you there',
        adult: true,
        consent: true,
      });
    });

    const contacts: [FormValues['channel'], Record<string, string>][] = [
      ['email', {email: 'sam@example.org'}],
      ['text', {phone: '+1 555 010 4477'}],
      ['call', {phone: '+1 555 010 4477'}],
    ];
    for (const [channel, expected] of contacts) {
      it(`sends only the ${channel} contact detail`, () => {
        const data = toSignupData(
          valid({channel, phone: ' +1 555 010 4477 ', program: 'Evenings'}),
        );
        const {email, phone} = data ?? {};
        expect({email, phone, program: data?.program}).to.deep.equal({
          email: undefined,
          phone: undefined,
          ...expected,
          program: 'Evenings',
        });
      });
    }

    it('gives the "may name the clinic" answer as a boolean', () => {
      expect(toSignupData(valid({mentionClinic: 'yes'}))?.mayNameClinic).to.equal(true);
      expect(toSignupData(valid({mentionClinic: 'no'}))?.mayNameClinic).to.equal(false);
    });

    it('gives nothing for an invalid form, so it cannot be sent', () => {
      expect(toSignupData(valid({consent: false}))).to.equal(undefined);
      expect(toSignupData(valid({age: 'under-18'}))).to.equal(undefined);
      expect(toSignupData(emptyValues())).to.equal(undefined);
    });
  });

  it('asks only the fields of the design: no surname, address, birth date or health details', () => {
    expect([...fieldNames]).to.deep.equal([
      'age',
      'role',
      'name',
      'channel',
      'email',
      'phone',
      'mentionClinic',
      'times',
      'support',
      'program',
      'note',
      'consent',
    ]);
  });

  it('counts characters as people do', () => {
    expect(charCount('')).to.equal(0);
    expect(charCount('abc')).to.equal(3);
    expect(charCount('🙂🙂')).to.equal(2);
    expect(charCount('año')).to.equal(3);
  });
});
