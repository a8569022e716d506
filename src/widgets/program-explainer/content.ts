import {msg, str} from '@lit/localize';
import type {HelpRegion} from '../../core/regions.js';
import {hoursBand, hoursPerDay, type Schedule, type SectionId, type Track} from './options.js';

/** One row of the levels-of-care table. */
export interface LevelRow {
  setting: string;
  hours: string;
  home: string;
  suits: string;
}

/**
 * A block of section text: a string is a paragraph; `h` a sub-heading; `ul` a bulleted list;
 * `dl` terms with their meaning; `levels` the levels-of-care table.
 */
export type Block =
  | string
  | {h: string}
  | {ul: string[]}
  | {dl: [term: string, meaning: string][]}
  | {levels: LevelRow[]};

/**
 * What the content needs from the widget: the program's name, schedule, number format and the
 * region (US-only facts, such as FDA approval or the 48-hour rule of thumb, are shown only there).
 */
export interface ContentContext {
  name: string;
  region: HelpRegion;
  schedule: Schedule;
  formatNumber: (value: number) => string;
}

/** Headers and caption of the levels-of-care table. */
export const levelColumns = () => ({
  caption: msg('Levels of care, from least to most intensive', {id: 'explainer.levels.caption'}),
  setting: msg('Setting', {id: 'explainer.levels.col.setting'}),
  hours: msg('Hours of care', {id: 'explainer.levels.col.hours'}),
  home: msg('Where you live', {id: 'explainer.levels.col.home'}),
  suits: msg('Who it may suit', {id: 'explainer.levels.col.suits'}),
});

const groupTherapy = () => msg('Group therapy', {id: 'explainer.group'});

const atHome = () => msg('At home', {id: 'explainer.levels.home'});

const levelRows = (): LevelRow[] => [
  {
    setting: msg('Outpatient', {id: 'explainer.levels.op'}),
    hours: msg('Less than 9 hours a week (less than 6 for teens)', {id: 'explainer.levels.op.h'}),
    home: atHome(),
    suits: msg(
      'People with a stable home, a way to get to sessions, and supportive family or friends',
      {id: 'explainer.levels.op.s'},
    ),
  },
  {
    setting: msg('Intensive outpatient (IOP)', {id: 'explainer.levels.iop'}),
    hours: msg('At least 9 hours a week (at least 6 for teens)', {id: 'explainer.levels.iop.h'}),
    home: atHome(),
    suits: msg(
      'People who need more than weekly therapy, have a safe home, and are not at risk of serious withdrawal',
      {id: 'explainer.levels.iop.s'},
    ),
  },
  {
    setting: msg('PHP / day treatment (called high-intensity outpatient in some newer guidance)', {
      id: 'explainer.levels.php',
    }),
    hours: msg('At least 20 hours a week', {id: 'explainer.levels.php.h'}),
    home: atHome(),
    suits: msg(
      'People who need care most of the day, with direct access to medical, psychiatric and lab services',
      {id: 'explainer.levels.php.s'},
    ),
  },
  {
    setting: msg('Residential', {id: 'explainer.levels.res'}),
    hours: msg('Structure and support 24 hours a day', {id: 'explainer.levels.res.h'}),
    home: msg('At the program, day and night', {id: 'explainer.levels.res.home'}),
    suits: msg(
      'People whose home is not safe or supportive, or who need round-the-clock structure',
      {id: 'explainer.levels.res.s'},
    ),
  },
  {
    setting: msg('Medically managed inpatient (hospital)', {id: 'explainer.levels.inp'}),
    hours: msg('Medical care 24 hours a day, led by doctors', {id: 'explainer.levels.inp.h'}),
    home: msg('In a hospital', {id: 'explainer.levels.inp.home'}),
    suits: msg('People with severe withdrawal or medical problems that are not stable', {
      id: 'explainer.levels.inp.s',
    }),
  },
];

/** The program's own schedule as short facts, one per configured setting. */
function scheduleFacts({schedule, formatNumber}: ContentContext): string[] {
  const trackLabels: Record<Track, () => string> = {
    morning: () => msg('Morning sessions', {id: 'explainer.track.morning'}),
    afternoon: () => msg('Afternoon sessions', {id: 'explainer.track.afternoon'}),
    evening: () => msg('Evening sessions', {id: 'explainer.track.evening'}),
    weekend: () => msg('Weekend sessions', {id: 'explainer.track.weekend'}),
  };
  // Each fact: [the number, its words for exactly 1, its words for any other number].
  const counts: [number | undefined, () => string, (count: string) => string][] = [
    [
      schedule.hoursPerWeek,
      () => msg('1 hour a week', {id: 'explainer.week.hours.one'}),
      (hours) => msg(str`${hours} hours a week`, {id: 'explainer.week.hours'}),
    ],
    [
      schedule.daysPerWeek,
      () => msg('1 day a week', {id: 'explainer.week.days.one'}),
      (days) => msg(str`${days} days a week`, {id: 'explainer.week.days'}),
    ],
    [
      hoursPerDay(schedule),
      () => msg('About 1 hour a day', {id: 'explainer.week.per-day.one'}),
      (hours) => msg(str`About ${hours} hours a day`, {id: 'explainer.week.per-day'}),
    ],
    [
      schedule.programWeeks,
      () => msg('Program length: 1 week', {id: 'explainer.week.weeks.one'}),
      (weeks) => msg(str`Program length: ${weeks} weeks`, {id: 'explainer.week.weeks'}),
    ],
  ];
  return [
    ...counts.flatMap(([count, one, other]) =>
      count === undefined ? [] : [count === 1 ? one() : other(formatNumber(count))],
    ),
    ...schedule.tracks.map((track) => trackLabels[track]()),
  ];
}

/** What the configured weekly hours mean, said plainly; IOP-level hours need no remark. */
function hoursRemark(hours: number): string | undefined {
  switch (hoursBand(hours)) {
    case 'outpatient':
      return msg(
        'That is fewer hours than an IOP. Adult IOPs have at least 9 hours a week and teen IOPs at least 6. Care with fewer hours is usually called outpatient care.',
        {id: 'explainer.week.band.op'},
      );
    case 'teen-iop':
      return msg(
        'Adult IOPs have at least 9 hours a week. For teens, an IOP can have 6 hours a week or more.',
        {id: 'explainer.week.band.teen'},
      );
    case 'php':
      return msg('Programs with 20 or more hours a week are usually called day treatment (PHP).', {
        id: 'explainer.week.band.php',
      });
    default:
      return undefined;
  }
}

function weekBlocks(context: ContentContext): Block[] {
  const {name} = context;
  const facts = scheduleFacts(context);
  const hours = context.schedule.hoursPerWeek;
  const remark = hours === undefined ? undefined : hoursRemark(hours);
  return [
    msg('IOPs typically meet about 3 hours a day, 3 or more days a week.', {
      id: 'explainer.week.typical',
    }),
    msg('In total, adults have at least 9 hours a week and teens at least 6.', {
      id: 'explainer.week.minimum',
    }),
    ...(facts.length
      ? [
          {h: msg(str`Schedule at ${name}`, {id: 'explainer.week.ours'})},
          {ul: facts},
          ...(remark ? [remark] : []),
        ]
      : [
          msg(
            'Programs differ. Ask each program about its hours, and whether it has morning, evening or weekend sessions.',
            {id: 'explainer.week.ask'},
          ),
        ]),
  ];
}

/** Each section's heading and blocks, in the current locale. */
const sectionContent: Record<SectionId, (context: ContentContext) => [string, Block[]]> = {
  what: () => [
    msg('What is an IOP?', {id: 'explainer.what.title'}),
    [
      msg('An IOP gives you care on a set schedule, several days a week. It usually includes:', {
        id: 'explainer.what.1',
      }),
      {
        ul: [
          groupTherapy(),
          msg('Individual counseling', {id: 'explainer.what.individual'}),
          msg('Case management: help with practical needs like housing, work or health care', {
            id: 'explainer.what.case',
          }),
          msg('Education for family members', {id: 'explainer.what.family'}),
        ],
      },
      msg(
        'Adults take part for at least 9 hours a week. Teens take part for at least 6 hours a week.',
        {
          id: 'explainer.what.2',
        },
      ),
      msg(
        'An IOP can also connect you with peer support groups, medication, job services and care for trauma.',
        {id: 'explainer.what.3'},
      ),
      msg(
        'For people with a low risk of withdrawal and few health or mental health problems, an IOP can work about as well as a residential (live-in) program.',
        {id: 'explainer.what.4'},
      ),
      msg(
        'You can start treatment in an IOP. You can also step down to it after a more intensive program, or step up to it from less intensive care.',
        {id: 'explainer.what.5'},
      ),
    ],
  ],
  fit: () => [
    msg('Who is an IOP for?', {id: 'explainer.fit.title'}),
    [
      msg('An IOP may suit you if you:', {id: 'explainer.fit.1'}),
      {
        ul: [
          msg('need more support than a weekly therapy session', {id: 'explainer.fit.more'}),
          msg('can get to sessions several days a week', {id: 'explainer.fit.travel'}),
          msg('have a stable, safe place to live', {id: 'explainer.fit.home'}),
          msg('are not at risk of serious withdrawal', {id: 'explainer.fit.withdrawal'}),
          msg('have no medical or mental health needs that are unstable right now', {
            id: 'explainer.fit.stable',
          }),
        ],
      },
      {h: msg('When more care may be needed first', {id: 'explainer.fit.more-care'})},
      msg('Some people need more care before, or alongside, an IOP. This may be true if:', {
        id: 'explainer.fit.2',
      }),
      {
        ul: [
          msg(
            'you could have serious withdrawal when you cut down or stop (withdrawal care from a doctor may be needed before or alongside treatment)',
            {id: 'explainer.fit.risk.withdrawal'},
          ),
          msg('your home is not safe, or others at home use alcohol or drugs', {
            id: 'explainer.fit.risk.home',
          }),
          msg('you have medical or mental health problems that are not stable', {
            id: 'explainer.fit.risk.unstable',
          }),
          msg('you have tried outpatient care before and could not cut down or stop', {
            id: 'explainer.fit.risk.tried',
          }),
        ],
      },
      msg(
        'Then day treatment, a residential program or hospital care may be a safer place to start. Detox by itself is not treatment.',
        {id: 'explainer.fit.3'},
      ),
    ],
  ],
  week: (context) => [
    msg('What a typical week looks like', {id: 'explainer.week.title'}),
    weekBlocks(context),
  ],
  therapies: ({region}) => [
    msg('Therapies and services', {id: 'explainer.therapies.title'}),
    [
      {h: groupTherapy()},
      msg(
        'You meet with a counselor and a small group of people with similar goals. You learn skills and support each other.',
        {id: 'explainer.therapies.group'},
      ),
      {
        h: msg('Individual counseling and case management', {
          id: 'explainer.therapies.individual.title',
        }),
      },
      msg(
        'You meet one-on-one with a counselor to work on your own goals. A case manager helps with practical needs, like housing, work or other health care.',
        {id: 'explainer.therapies.individual'},
      ),
      {h: msg('Family involvement', {id: 'explainer.therapies.family.title'})},
      msg(
        'With your OK, family members or other people close to you can take part. They learn about recovery and how to help. Including family is one sign of a good program.',
        {id: 'explainer.therapies.family'},
      ),
      {h: msg('Other proven therapies', {id: 'explainer.therapies.proven.title'})},
      msg(
        'Motivational therapy helps you find your own reasons to change. Cognitive behavioral therapy (CBT) helps you notice and change thoughts and habits linked to substance use. Good programs use methods that research shows work.',
        {id: 'explainer.therapies.proven'},
      ),
      {h: msg('Trauma-informed care', {id: 'explainer.therapies.trauma.title'})},
      region === 'US'
        ? msg(
            'Hard or frightening experiences can affect how you feel in treatment. Trauma-informed care keeps this in mind. It follows six principles from SAMHSA, the U.S. agency for mental health and substance use:',
            {id: 'explainer.therapies.trauma'},
          )
        : msg(
            'Hard or frightening experiences can affect how you feel in treatment. Trauma-informed care keeps this in mind. It follows six principles:',
            {id: 'explainer.therapies.trauma-any'},
          ),
      {
        dl: [
          [
            msg('Safety', {id: 'explainer.trauma.safety'}),
            msg('You feel safe in body and mind.', {id: 'explainer.trauma.safety.d'}),
          ],
          [
            msg('Trust and openness', {id: 'explainer.trauma.trust'}),
            msg('Staff tell you what will happen and why.', {id: 'explainer.trauma.trust.d'}),
          ],
          [
            msg('Peer support', {id: 'explainer.trauma.peers'}),
            msg('You can get support from people who have lived through similar things.', {
              id: 'explainer.trauma.peers.d',
            }),
          ],
          [
            msg('Working together', {id: 'explainer.trauma.together'}),
            msg('You and the staff make decisions together, as partners.', {
              id: 'explainer.trauma.together.d',
            }),
          ],
          [
            msg('Your voice and choices', {id: 'explainer.trauma.voice'}),
            msg('Your strengths count. You have a say, and you have choices.', {
              id: 'explainer.trauma.voice.d',
            }),
          ],
          [
            msg('Respect for who you are', {id: 'explainer.trauma.respect'}),
            msg('Care respects your culture, your history and your gender.', {
              id: 'explainer.trauma.respect.d',
            }),
          ],
        ],
      },
      {h: msg('Care for mental health conditions', {id: 'explainer.therapies.mental.title'})},
      msg(
        'About half of people who have a mental health condition or a substance use disorder will also have the other. Programs that treat both together (integrated care) can help. Group therapy alone is not enough for this, so ask how a program cares for mental health.',
        {id: 'explainer.therapies.mental'},
      ),
      {h: msg('Medication', {id: 'explainer.therapies.medication.title'})},
      region === 'US'
        ? msg(
            'Medications approved by the FDA can help treat alcohol or opioid use disorder. Methadone and buprenorphine are for opioid use disorder. Naltrexone can help with either. Not every program offers them, so ask whether a program prescribes them or works with a doctor who does.',
            {id: 'explainer.therapies.medication-us'},
          )
        : msg(
            'Medications can help treat alcohol or opioid use disorder. Methadone and buprenorphine are for opioid use disorder. Naltrexone can help with either. Not every program offers them, so ask whether a program prescribes them or works with a doctor who does.',
            {id: 'explainer.therapies.medication-any'},
          ),
    ],
  ],
  life: () => [
    msg('Keeping work, school and family going', {id: 'explainer.life.title'}),
    [
      msg(
        'Because you live at home during an IOP, you can often keep working, going to school and caring for your family.',
        {id: 'explainer.life.1'},
      ),
      msg(
        'Many programs offer morning or evening sessions, so people can keep their work and family commitments.',
        {id: 'explainer.life.2'},
      ),
      msg('Questions you can ask a program:', {id: 'explainer.life.ask'}),
      {
        ul: [
          msg('Do you have sessions that fit around my job or classes?', {
            id: 'explainer.life.ask.times',
          }),
          msg('Can you help with transportation?', {id: 'explainer.life.ask.transport'}),
          msg('Is childcare available?', {id: 'explainer.life.ask.childcare'}),
          msg('Can my family take part?', {id: 'explainer.life.ask.family'}),
        ],
      },
    ],
  ],
  support: () => [
    msg('Why friends and support matter', {id: 'explainer.support.title'}),
    [
      msg(
        'Support from other people can make recovery easier. Friends, family and recovery buddies (peers who have been through it) can help in different ways:',
        {id: 'explainer.support.1'},
      ),
      {
        dl: [
          [
            msg('Someone to talk to', {id: 'explainer.support.talk'}),
            msg('Listening, caring and encouragement when things are hard.', {
              id: 'explainer.support.talk.d',
            }),
          ],
          [
            msg('Practical help', {id: 'explainer.support.practical'}),
            msg('Rides to meetings, or help with childcare or filling out forms.', {
              id: 'explainer.support.practical.d',
            }),
          ],
          [
            msg('Sharing what helped', {id: 'explainer.support.sharing'}),
            msg('Tips, skills and where to find resources.', {id: 'explainer.support.sharing.d'}),
          ],
          [
            msg('Sober activities together', {id: 'explainer.support.activities'}),
            msg('Fun and a sense of belonging, without alcohol or drugs.', {
              id: 'explainer.support.activities.d',
            }),
          ],
        ],
      },
      msg(
        'A recovery buddy is a peer, not a counselor. Peer and family groups can help too, such as AA, NA, Al-Anon and Nar-Anon.',
        {id: 'explainer.support.2'},
      ),
      {h: msg('Staying social without alcohol', {id: 'explainer.support.social.title'})},
      msg("You don't have to stop seeing people. A little planning helps:", {
        id: 'explainer.support.social',
      }),
      {
        ul: [
          msg('Ask the host ahead of time about alcohol-free drinks.', {
            id: 'explainer.support.social.ask',
          }),
          msg('Bring your own alcohol-free drink, and keep one in your hand.', {
            id: 'explainer.support.social.drink',
          }),
          msg('Bring a sober friend, or have someone you can call.', {
            id: 'explainer.support.social.buddy',
          }),
          msg('Plan how you will leave. It is fine to arrive late or leave early.', {
            id: 'explainer.support.social.leave',
          }),
          msg('If you feel at risk that day, it is OK to skip it.', {
            id: 'explainer.support.social.skip',
          }),
        ],
      },
      msg('You don’t owe anyone an explanation. “No, thanks” is enough.', {
        id: 'explainer.support.social.no',
      }),
    ],
  ],
  levels: () => [
    msg('Levels of care, side by side', {id: 'explainer.levels.title'}),
    [
      msg(
        'Care comes in levels, from a few hours a week to care around the clock. Care is usually matched to the least intensive setting that can safely meet your needs. You can move up or down as your needs change.',
        {id: 'explainer.levels.1'},
      ),
      {levels: levelRows()},
      msg('Detox (withdrawal care) is a separate service that can be given at different levels.', {
        id: 'explainer.levels.2',
      }),
      msg(
        'Not everyone needs a program. If you are worried about your drinking or drug use, talking with your doctor is a good place to start.',
        {id: 'explainer.levels.3'},
      ),
    ],
  ],
  faq: ({region}) => [
    msg('Common questions', {id: 'explainer.faq.title'}),
    [
      {h: msg('How long does treatment last?', {id: 'explainer.faq.length'})},
      msg(
        'It depends on your needs and progress. Outpatient treatment lasts about 2 months to 1 year. Your care team checks in with you along the way and can change your plan.',
        {id: 'explainer.faq.length.b'},
      ),
      {h: msg('What does it cost? Will insurance pay?', {id: 'explainer.faq.cost'})},
      msg(
        'Costs depend on the program and on your insurance. Ask the program what it costs, which insurance it takes and whether it offers help with payment.',
        {id: 'explainer.faq.cost.a'},
      ),
      {h: msg('Will my information be kept private?', {id: 'explainer.faq.private'})},
      msg(
        'Ask the program how it keeps your information private and who can see it. You can ask these questions before you give your name or any details.',
        {id: 'explainer.faq.private.a'},
      ),
      {h: msg('What happens at intake?', {id: 'explainer.faq.intake'})},
      msg(
        'Intake is your first meeting. A staff member asks about your health, your alcohol or drug use, your home life and your goals. Together you decide on the care that fits you best.',
        {id: 'explainer.faq.intake.a'},
      ),
      msg(
        'It is also your chance to ask questions, like when you can start, what to bring and which medicines are allowed.',
        {id: 'explainer.faq.intake.ask'},
      ),
      region === 'US'
        ? msg(
            "If a program can't see you within 48 hours, try another one. Some programs offer support while you wait.",
            {id: 'explainer.faq.intake.wait'},
          )
        : msg('If there is a waiting list, ask what support you can get while you wait.', {
            id: 'explainer.faq.intake.wait-any',
          }),
      {h: msg('Can I keep working?', {id: 'explainer.faq.work'})},
      msg(
        'Many people do. An IOP is built to fit around work, school and family, and many programs have morning or evening sessions.',
        {id: 'explainer.faq.work.a'},
      ),
    ],
  ],
};

/** A section's heading and blocks in the current locale. */
export function section(id: SectionId, context: ContentContext): [string, Block[]] {
  return sectionContent[id](context);
}
