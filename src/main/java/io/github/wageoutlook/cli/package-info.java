/**
 * The command-line front: {@code java -jar wage-outlook.jar <command>} runs the library's main jobs on the embedded
 * data or on the user's files. {@link io.github.wageoutlook.cli.Main} lists the commands; each is a
 * {@link io.github.wageoutlook.cli.Command}. It sits on top of every other package and nothing depends on it.
 *
 * <pre>{@code java -jar target/wage-outlook.jar profile 43-4051 --year 2018}</pre>
 */
package io.github.wageoutlook.cli;
