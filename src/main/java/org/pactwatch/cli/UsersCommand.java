package org.pactwatch.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserAccount;
import org.pactwatch.security.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users add|list|set-password|set-roles}: user administration without the web UI. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Manage users: add, list, set-password, set-roles.",
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.ListUsers.class,
            UsersCommand.SetPassword.class,
            UsersCommand.SetRoles.class
        })
final class UsersCommand implements Callable<Integer> {

    private static final String ACTOR = "cli";

    @Override
    public Integer call() {
        System.err.println("pactwatch users: name a subcommand (add, list, set-password, set-roles); see --help");
        return PactwatchCli.USAGE;
    }

    static int withUsers(java.util.function.Function<UserService, Integer> action) {
        try (var context = SpringContext.start()) {
            return action.apply(context.getBean(UserService.class));
        } catch (IllegalArgumentException e) {
            System.err.println("pactwatch users: " + e.getMessage());
            return 1;
        }
    }

    /** The user a subcommand acts on. */
    static final class UserName {
        @Parameters(index = "0", description = "user name")
        String name;
    }

    /** The password a subcommand sets. */
    static final class NewPassword {
        @Option(names = "--password", required = true, description = "at least 8 characters")
        String value;
    }

    /** The roles a subcommand gives. */
    static final class NewRoles {
        @Option(names = "--roles", required = true, description = "comma list: ANALYST,STRATEGIST,REGULATOR,ADMIN")
        String value;

        Set<Role> parsed() {
            try {
                return Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(s -> Role.valueOf(s.toUpperCase(java.util.Locale.ROOT)))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(
                        new picocli.CommandLine(new UsersCommand()),
                        "roles must be a comma list of " + Arrays.toString(Role.values()));
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
    static final class Add implements Callable<Integer> {
        @Mixin
        UserName user = new UserName();

        @Mixin
        NewPassword password = new NewPassword();

        @Mixin
        NewRoles roles = new NewRoles();

        @Override
        public Integer call() {
            Set<Role> parsed = roles.parsed();
            return withUsers(users -> {
                UserAccount added = users.create(ACTOR, user.name, password.value, parsed);
                System.out.println("added " + added.username() + " " + added.roles());
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @Override
        public Integer call() {
            return withUsers(users -> {
                List<UserAccount> all = users.list();
                all.forEach(u -> System.out.println(
                        u.username() + "\t" + (u.enabled() ? "enabled" : "disabled") + "\t" + u.roles()));
                return 0;
            });
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class SetPassword implements Callable<Integer> {
        @Mixin
        UserName user = new UserName();

        @Mixin
        NewPassword password = new NewPassword();

        @Override
        public Integer call() {
            return withUsers(users -> {
                users.setPassword(ACTOR, user.name, password.value);
                System.out.println("password set for " + user.name);
                return 0;
            });
        }
    }

    @Command(name = "set-roles", mixinStandardHelpOptions = true, description = "Replace a user's roles.")
    static final class SetRoles implements Callable<Integer> {
        @Mixin
        UserName user = new UserName();

        @Mixin
        NewRoles roles = new NewRoles();

        @Override
        public Integer call() {
            Set<Role> parsed = roles.parsed();
            return withUsers(users -> {
                users.setRoles(ACTOR, user.name, parsed);
                System.out.println("roles of " + user.name + " set to " + parsed);
                return 0;
            });
        }
    }
}
