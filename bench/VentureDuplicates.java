import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.vocbridge.ventures.domain.NameKeys;
import org.vocbridge.ventures.domain.VentureIdentity;

/**
 * The ventures' duplicate check at scale, beside its naive form.
 *
 * <p>{@code load N jdbc-url probes-file}: writes N ventures straight into the database, each with a
 * name in English, Russian or Chinese (and every fifth a second name), their keys computed by the
 * application's own NameKeys, and 200 probe names (respellings, legal forms, other scripts, and
 * names recorded nowhere) to a file, one a line.
 *
 * <p>{@code scan jdbc-url probes-file}: reads every name's keys into memory and checks each probe
 * against all of them with VentureIdentity, the way the check would run without its indexed
 * candidates; prints p50 and p95 of one probe, after rounds that let the JIT settle.
 */
public class VentureDuplicates {

    private static final String[] PLACES = {
        "Steppe", "Altai", "Pamir", "Mekong", "Yangtze", "Tian Shan", "Issyk Kul", "Silk Road", "Jade", "Lotus",
        "Golden", "Blue Sky", "Aral", "Ili", "Naryn", "Kunming", "Chongqing", "Vientiane", "Almaty", "Samarkand",
        "Bukhara", "Dushanbe", "Osh", "Khujand", "Karakol", "Yunnan", "Sichuan", "Luang", "Mandalay", "Hue"
    };
    private static final String[] TRADES = {
        "Welding", "Tea", "Drones", "Textile", "Honey", "Solar", "Robotics", "Bakery", "Ceramics", "Carpets",
        "Logistics", "Tourism", "Felt", "Dairy", "Orchards", "E-Moto", "Printing", "Furniture", "Software", "Repair",
        "Greenhouse", "Fishery", "Apparel", "Coffee", "Spices", "Batteries", "Kayaks", "Media", "Design", "Crafts",
        "Aviation", "Machining", "Nursing", "Cooking", "Silk", "Leather", "Glass", "Paper", "Herbs", "Wool"
    };
    private static final String[] KINDS = {"Lab", "Workshop", "Studio", "Coop", "Works", "Hub", "Service", "Group"};
    private static final String[] RU = {
        "Степь", "Алтай", "Памир", "Меконг", "Янцзы", "Тянь-Шань", "Иссык-Куль", "Шёлковый путь", "Нефрит", "Лотос"
    };
    private static final String[] RU_TRADES = {
        "Сварка", "Чай", "Дроны", "Текстиль", "Мёд", "Солнце", "Робототехника", "Пекарня", "Керамика", "Ковры"
    };
    private static final String[] ZH = {"草原", "阿尔泰", "湄公", "长江", "天山", "丝路", "玉龙", "莲花", "金色", "蓝天"};
    private static final String[] ZH_TRADES = {"焊接", "茶叶", "无人机", "纺织", "蜂蜜", "光伏", "机器人", "烘焙", "陶瓷", "地毯"};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(Integer.parseInt(args[1]), args[2], Path.of(args[3]));
        } else {
            scan(args[1], Path.of(args[2]));
        }
    }

    private static String name(Random random, int i) {
        return switch (i % 10) {
            case 0 -> RU[random.nextInt(RU.length)] + " " + RU_TRADES[random.nextInt(RU_TRADES.length)] + " " + i;
            case 1 -> ZH[random.nextInt(ZH.length)] + ZH_TRADES[random.nextInt(ZH_TRADES.length)] + i + "号";
            default -> PLACES[random.nextInt(PLACES.length)] + " " + TRADES[random.nextInt(TRADES.length)] + " "
                    + KINDS[random.nextInt(KINDS.length)] + " " + Integer.toString(i, 36);
        };
    }

    private static String language(int i) {
        return switch (i % 10) {
            case 0 -> "ru";
            case 1 -> "zh";
            default -> "en";
        };
    }

    private static void load(int n, String url, Path probes) throws SQLException, IOException {
        Random random = new Random(42);
        List<String> names = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", null)) {
            db.setAutoCommit(false);
            long first;
            try (ResultSet max = db.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from ventures_venture")) {
                max.next();
                first = max.getLong(1);
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement venture = db.prepareStatement("""
                            insert into ventures_venture (id, version, kind, name, pitch, country, stage, demo,
                              created_at, updated_at, profile_confirmed_at, team_confirmed_at, needs_confirmed_at,
                              figures_confirmed_at)
                            values (?, 0, 'VENTURE', ?::jsonb, '{"en":"A venture of the benchmark."}'::jsonb, 'KZ',
                              'BUILD', false, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement name = db.prepareStatement("""
                            insert into ventures_venture_name (venture_id, position, language, name, latin_key,
                              phonetic_key, look_alike_key, phonetic_block) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < n; i++) {
                    long id = first + i;
                    String language = language(i);
                    String text = name(random, i);
                    names.add(text);
                    venture.setLong(1, id);
                    venture.setString(2, "{\"" + language + "\":\"" + text + "\"}");
                    for (int p = 3; p <= 8; p++) {
                        venture.setTimestamp(p, now);
                    }
                    venture.addBatch();
                    addName(name, id, 0, language, text);
                    if (i % 5 == 0) {
                        addName(name, id, 1, null, text + " LLC");
                    }
                    if (i % 1000 == 999) {
                        venture.executeBatch();
                        name.executeBatch();
                    }
                }
                venture.executeBatch();
                name.executeBatch();
            }
            db.createStatement()
                    .execute("select setval(pg_get_serial_sequence('ventures_venture', 'id'), (select max(id) from ventures_venture))");
            db.commit();
            db.createStatement().execute("analyze ventures_venture");
            db.createStatement().execute("analyze ventures_venture_name");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String recorded = names.get(random.nextInt(names.size()));
            lines.add(switch (i % 5) {
                case 0 -> recorded.toUpperCase();
                case 1 -> recorded.length() > 6
                        ? recorded.substring(0, 3) + recorded.charAt(4) + recorded.charAt(3) + recorded.substring(5)
                        : recorded;
                case 2 -> recorded + " Ltd.";
                case 3 -> recorded.replace(" ", "");
                default -> name(random, n + 1000 + i);
            });
        }
        Files.write(probes, lines);
    }

    private static void addName(PreparedStatement name, long id, int position, String language, String text)
            throws SQLException {
        NameKeys keys = NameKeys.of(text, language);
        name.setLong(1, id);
        name.setInt(2, position);
        name.setString(3, language);
        name.setString(4, text);
        name.setString(5, keys.latin());
        name.setString(6, keys.phonetic());
        name.setString(7, keys.lookAlike());
        name.setString(8, keys.block());
        name.addBatch();
    }

    private static void scan(String url, Path probes) throws SQLException, IOException {
        List<VentureIdentity> all = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", null);
                ResultSet rows = db.createStatement()
                        .executeQuery("select latin_key, phonetic_key, look_alike_key from ventures_venture_name")) {
            while (rows.next()) {
                all.add(new VentureIdentity(
                        List.of(new NameKeys(rows.getString(1), rows.getString(2), rows.getString(3))),
                        null,
                        null,
                        null));
            }
        }
        List<VentureIdentity> asked = Files.readAllLines(probes).stream()
                .map(p -> new VentureIdentity(
                        VentureIdentity.keysOf(Stream.of(new VentureIdentity.LanguageAndName(null, p))), null, null, null))
                .toList();
        double[] millis = new double[asked.size()];
        int found = 0;
        for (int round = 0; round < 4; round++) {
            found = 0;
            for (int i = 0; i < asked.size(); i++) {
                long start = System.nanoTime();
                VentureIdentity probe = asked.get(i);
                long hits = all.stream().filter(r -> probe.resemblance(r).isPresent()).count();
                millis[i] = (System.nanoTime() - start) / 1e6;
                found += hits > 0 ? 1 : 0;
            }
        }
        Arrays.sort(millis);
        System.out.printf(
                "full scan of %,d names in one thread: p50 %.1f ms, p95 %.1f ms (%d of %d probes found a duplicate)%n",
                all.size(), millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1], found, asked.size());
    }
}
