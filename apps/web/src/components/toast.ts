/** Element Plus's message with its style, for code that imports it only when it is needed (the shell's 退出登录). */
import { ElMessage } from 'element-plus';
import 'element-plus/es/components/message/style/css';

export const toastSuccess = (text: string): void => void ElMessage.success(text);
