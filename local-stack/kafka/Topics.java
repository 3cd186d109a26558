// Creates the local stack's Kafka topics idempotently, with the AdminClient from Kafka's own jars, and sets the
// topic configs topics.txt lists (e.g. cleanup.policy=compact) on new and existing topics alike.
// Run as a single-file source program (no build step):
//   java -cp '.kabinet/dist/kafka/libs/*' local-stack/kafka/Topics.java 127.0.0.1:9092 local-stack/kafka/topics.txt
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

public class Topics {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    List<NewTopic> wanted = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String[] f = l.split("\\s+");
      Map<String, String> configs = new LinkedHashMap<>();
      for (int i = 2; i < f.length; i++) {
        int eq = f[i].indexOf('=');
        if (eq < 1) throw new IllegalArgumentException("Not a topic config <name>=<value>: " + f[i] + " in: " + l);
        configs.put(f[i].substring(0, eq), f[i].substring(eq + 1));
      }
      wanted.add(new NewTopic(f[0], Integer.parseInt(f[1]), (short) 1).configs(configs));
    }
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    try (Admin admin = Admin.create(p)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
      // a topic created before its configs were listed (or by a producer's declaration without them) gets them now
      Map<ConfigResource, Collection<AlterConfigOp>> settings = new LinkedHashMap<>();
      for (NewTopic topic : wanted) {
        if (existing.contains(topic.name()) && !topic.configs().isEmpty()) {
          settings.put(
              new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
              topic.configs().entrySet().stream()
                  .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                  .toList());
        }
      }
      if (!settings.isEmpty()) {
        admin.incrementalAlterConfigs(settings).all().get(30, TimeUnit.SECONDS);
      }
      Map<String, ?> all = admin.describeTopics(wanted.stream().map(NewTopic::name).toList())
          .allTopicNames().get(30, TimeUnit.SECONDS);
      System.out.printf("topics: %d present (%d created, %d configured): %s%n", all.size(), missing.size(),
          settings.size(), String.join(", ", wanted.stream().map(NewTopic::name).toList()));
    }
  }
}
