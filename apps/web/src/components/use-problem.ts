import { reactive, ref } from 'vue';
import { ApiProblem, messageOf, splitFieldErrors, type FieldProblem } from '../api/problem';

/**
 * A form's view of a failed call: each field error beside its field (`fieldErrors[prop]`, bound to
 * el-form-item's `error`), the problem's `detail` and any other field errors in an alert.
 */
export function useProblem(fields: readonly string[], fieldMap: Record<string, string> = {}) {
  const fieldErrors = reactive<Record<string, string>>({});
  const alert = ref('');
  const others = ref<FieldProblem[]>([]);
  const problem = ref<ApiProblem | null>(null);

  function clear(): void {
    for (const k of Object.keys(fieldErrors)) delete fieldErrors[k];
    alert.value = '';
    others.value = [];
    problem.value = null;
  }

  function show(err: unknown): void {
    clear();
    alert.value = messageOf(err);
    if (err instanceof ApiProblem) {
      problem.value = err;
      const split = splitFieldErrors(err, fields, fieldMap);
      Object.assign(fieldErrors, split.byField);
      others.value = split.others;
    }
  }

  return { fieldErrors, alert, others, problem, clear, show };
}
