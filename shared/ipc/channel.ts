import type * as v from 'valibot'

/** One contract channel: the runtime schema of its input and (as a phantom) the type of its output. */
export interface Channel<S extends v.GenericSchema, O> {
  input: S
  /** Phantom: carries the output type only. */
  output: O
}

export function channel<O>() {
  return <S extends v.GenericSchema>(input: S): Channel<S, O> => ({ input, output: undefined as O })
}

