import { ref, watch, type Ref } from 'vue';
import { ElMessage } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import { useProblem } from './use-problem';
import { checkErrors, submitter } from './submit-flow';

export interface FormSubmitOptions<T> {
  /** The form's fields: a problem's `errors[]` on these show beside them, the rest in the alert. */
  fields: readonly string[];
  /** API field → form field, as for useProblem. */
  fieldMap?: Record<string, string>;
  /** A dialog's v-model: closed after a successful call; `reset` runs each time it opens. */
  open?: Ref<boolean>;
  /** Fills the form as the dialog opens (the last problem is cleared too). */
  reset?: () => void;
  /** An el-form (or a component exposing its `validate`) whose rules are checked first. */
  form?: Ref<{ validate: () => Promise<unknown> } | undefined>;
  /** The form's own checks after the rules: field → message (null when fine), shown beside the field. */
  check?: () => Record<string, string | null | undefined | false>;
  /** A last say after the checks pass (it tells the user why itself, e.g. 没有修改): false sends nothing. */
  proceed?: () => boolean | Promise<boolean>;
  /** The call. */
  send: () => Promise<T>;
  /** A success message (ElMessage), when the page says so. */
  success?: string | ((result: T) => string);
  /** After the dialog closes: tell the parent (emit), reload … (awaited; the button stays busy meanwhile). */
  done?: (result: T) => unknown;
}

/**
 * One form's submit, as every dialog does it: clear the last problem, check the el-form's rules and the form's
 * own checks (messages beside the fields), send once while busy (a double click sends once), then close the
 * dialog, say so and tell the parent; a failed call's problem goes beside its fields and into the alert, and the
 * dialog stays open with everything typed.
 */
export function useFormSubmit<T>(options: FormSubmitOptions<T>) {
  const problem = useProblem(options.fields, options.fieldMap);
  const busy = ref(false);
  const { open, reset } = options;

  if (open && reset) {
    watch(
      open,
      (isOpen) => {
        if (!isOpen) return;
        reset();
        problem.clear();
      },
      { immediate: true },
    );
  }

  const submit = submitter<T>({
    check: async () => {
      problem.clear();
      if (options.form && !(await options.form.value?.validate().catch(() => false))) return false;
      const errors = checkErrors(options.check?.() ?? {});
      Object.assign(problem.fieldErrors, errors);
      if (Object.keys(errors).length > 0) return false;
      return (await options.proceed?.()) ?? true;
    },
    send: options.send,
    succeeded: async (result) => {
      if (open) open.value = false;
      const { success } = options;
      if (success) ElMessage.success(typeof success === 'string' ? success : success(result));
      await options.done?.(result);
    },
    failed: problem.show,
    busy: (on) => (busy.value = on),
  });

  return { ...problem, busy, submit };
}
