import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * The members of Kafka consumer groups and the partitions each holds, one line per member:
 * {@code group<TAB>member's host<TAB>partitions held}, for bench/scale-out.sh (run with Kafka's jars on the class
 * path: {@code java -cp '.kabinet/dist/kafka/libs/*' bench/GroupMembers.java 127.0.0.1:9092 billing-service ...}).
 */
public class GroupMembers {

    public static void main(String[] args) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            List<String> groups = List.of(args).subList(1, args.length);
            Map<String, ConsumerGroupDescription> described =
                    admin.describeConsumerGroups(groups).all().get();
            for (String group : groups) {
                ConsumerGroupDescription description = described.get(group);
                for (MemberDescription member : description.members()) {
                    Map<String, Integer> perTopic = new TreeMap<>();
                    for (TopicPartition partition : member.assignment().topicPartitions()) {
                        perTopic.merge(partition.topic(), 1, Integer::sum);
                    }
                    int total = perTopic.values().stream().mapToInt(Integer::intValue).sum();
                    System.out.println(group + "\t" + member.consumerId() + "\t"
                            + total);
                }
            }
        }
    }
}
