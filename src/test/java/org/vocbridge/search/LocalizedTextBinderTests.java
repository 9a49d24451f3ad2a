package org.vocbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The number a list sorts by first never contradicts the collation key that orders names that start alike. */
class LocalizedTextBinderTests {

    private static final List<String> NAMES = List.of(
            "Chongqing Industry Polytechnic College",
            "Chongqing Industry",
            "Chongqing",
            "Ch",
            "Almaty College of Construction",
            "Алматинский колледж строительства",
            "Ёлочный колледж",
            "Еловый колледж",
            "Яндекс",
            "重庆工业职业技术学院",
            "重庆",
            "长江职业教育国际合作联盟",
            "昆明冶金高等专科学校",
            "Đại học Bách khoa Hà Nội",
            "วิทยาลัยเทคนิคกรุงเทพ",
            "ວິທະຍາໄລເຕັກນິກ",
            "",
            "a",
            "Z");

    @Test
    void namesThatDifferInTheirFirstEightKeyBytesGetNumbersInTheKeysOrder() {
        Random random = new Random(17);
        for (String language : LocalizedTextBinder.SORT_LANGUAGES) {
            Collator collator = Collator.getInstance(new ULocale(language));
            collator.setStrength(Collator.SECONDARY);
            List<String> names = new java.util.ArrayList<>(NAMES);
            for (int i = 0; i < 2_000; i++) {
                names.add(randomName(random));
            }
            for (String a : names) {
                for (String b : names.subList(0, 60)) {
                    byte[] ka = collator.getCollationKey(a).toByteArray();
                    byte[] kb = collator.getCollationKey(b).toByteArray();
                    int byKey = Integer.signum(Arrays.compareUnsigned(ka, kb));
                    int byNumber = Integer.signum(
                            Long.compare(LocalizedTextBinder.orderOf(ka), LocalizedTextBinder.orderOf(kb)));
                    if (byNumber != 0) {
                        assertThat(byNumber).as("%s / %s in %s", a, b, language).isEqualTo(byKey);
                    } else {
                        assertThat(Arrays.compareUnsigned(Arrays.copyOf(ka, 8), Arrays.copyOf(kb, 8)))
                                .as("equal numbers only for keys that start alike: %s / %s", a, b)
                                .isZero();
                    }
                }
            }
        }
    }

    private static String randomName(Random random) {
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz ", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя ", "重庆昆明长江职业技术学院工业大学 "};
        String alphabet = alphabets[random.nextInt(alphabets.length)];
        StringBuilder name = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            name.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return name.toString();
    }
}
