export { Button, type ButtonProps, type ButtonVariant } from './Button.tsx';
export { Checkbox, Select, TextArea, TextInput, type CheckboxProps, type SelectOption, type SelectProps, type TextAreaProps, type TextInputProps } from './Field.tsx';
export { Dialog, type DialogProps } from './Dialog.tsx';
export { EmptyState, ErrorState, Notice, ProgressBar, Spinner, StatusBadge, type Tone } from './Feedback.tsx';
export { SkipLink } from './SkipLink.tsx';
export { ToastProvider, useToast } from './Toast.tsx';
export { cx } from './cx.ts';
