/** A PIN box takes digits only: anything else typed or pasted is not let in. */
export const onlyDigits = (value: string): boolean => /^\d*$/.test(value)

/** The input attributes of a PIN box: a number pad on a touch screen, no password manager. */
export const pinInputProps = { inputmode: 'numeric', autocomplete: 'off' } as const
