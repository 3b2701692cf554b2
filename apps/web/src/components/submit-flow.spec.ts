import { checkErrors, submitter, type SubmitSteps } from './submit-flow';

/** Steps that record what ran, in order; `send` answers when the test says. */
function recorded(options: { valid?: boolean; doneThrows?: Error } = {}) {
  const log: string[] = [];
  const answers: Array<{ resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
  const steps: SubmitSteps<string> = {
    check: async () => {
      log.push('check');
      return options.valid ?? true;
    },
    send: () => {
      log.push('send');
      return new Promise<string>((resolve, reject) => answers.push({ resolve, reject }));
    },
    succeeded: (result) => {
      log.push(`succeeded:${result}`);
      if (options.doneThrows) throw options.doneThrows;
    },
    failed: (err) => log.push(`failed:${String(err)}`),
    busy: (on) => log.push(on ? 'busy' : 'idle'),
  };
  return { log, answers, submit: submitter(steps) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('submitter', () => {
  it('checks, sends while busy, then hands the result on', async () => {
    const { log, answers, submit } = recorded();
    const done = submit();
    await settle();
    expect(log).toEqual(['check', 'busy', 'send']);
    answers[0].resolve('ok');
    await done;
    expect(log).toEqual(['check', 'busy', 'send', 'succeeded:ok', 'idle']);
  });

  it('sends nothing when the check fails, and is never busy', async () => {
    const { log, submit } = recorded({ valid: false });
    await submit();
    expect(log).toEqual(['check']);
  });

  it('shows a failed call, is idle after it, and lets the user try again', async () => {
    const { log, answers, submit } = recorded();
    const first = submit();
    await settle();
    answers[0].reject(new Error('409'));
    await first;
    expect(log).toEqual(['check', 'busy', 'send', 'failed:Error: 409', 'idle']);
    const second = submit();
    await settle();
    answers[1].resolve('ok');
    await second;
    expect(log.slice(5)).toEqual(['check', 'busy', 'send', 'succeeded:ok', 'idle']);
  });

  it('shows a throw after the call (closing, telling the parent) like a failed call', async () => {
    const { log, answers, submit } = recorded({ doneThrows: new Error('boom') });
    const done = submit();
    await settle();
    answers[0].resolve('ok');
    await done;
    expect(log).toEqual(['check', 'busy', 'send', 'succeeded:ok', 'failed:Error: boom', 'idle']);
  });

  it('sends once on a double click: a call while one runs does nothing, checking included', async () => {
    const { log, answers, submit } = recorded();
    const first = submit();
    await submit(); // during the check
    await settle();
    await submit(); // during the call
    answers[0].resolve('ok');
    await first;
    expect(log.filter((l) => l === 'send')).toHaveLength(1);
    expect(log.filter((l) => l === 'check')).toHaveLength(1);
    expect(answers).toHaveLength(1);
  });
});

describe('checkErrors', () => {
  it('keeps the fields with a message', () => {
    expect(
      checkErrors({ name: '请填写姓名', phone: null, email: undefined, title: '', tags: false }),
    ).toEqual({
      name: '请填写姓名',
    });
  });

  it('is empty when every check passes', () => {
    expect(checkErrors({ name: null })).toEqual({});
  });
});
